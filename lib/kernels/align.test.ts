import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AlignParams, AnalysisRecord } from "@/lib/analysis/contract";
import { alignReference } from "@/lib/bio/align/align";
import { buildScoring, encodeSequence } from "@/lib/bio/align/scoring";
import { alignScoreCodes, runAlign, runAlignScore, type AlignExports } from "./align";
import emboss from "./fixtures/align/emboss-random-pairs.json";
import tricky from "./fixtures/align/emboss-tricky-letters.json";
import { loadOracleCases } from "./fixtures/align/oracle-cases";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();
const rec = (id: string, sequence: string): AnalysisRecord => ({ id, description: "", sequence });

describe("runAlign against EMBOSS 6.6.0 water/needle", () => {
  it.each(loadOracleCases().map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const r = await runAlign(kernels, c.a, c.b, c.params);
    expect({ score: r.score, length: r.length, identity: r.identity, similarity: r.similarity, gaps: r.gaps }).toEqual({
      score: c.score,
      length: c.length,
      identity: c.identity,
      similarity: c.similarity,
      gaps: c.gaps,
    });
    expect([r.startA, r.endA, r.startB, r.endB]).toEqual([c.startA, c.endA, c.startB, c.endB]);
    expect([r.alignedA, r.alignedB]).toEqual([c.alignedA, c.alignedB]);
  });
});

const PROTEIN = "ACDEFGHIKLMNPQRSTVWY";
const DNA = "ACGT";
const halves = fc.integer({ min: 0, max: 40 }).map((v) => v / 2);

function seqArb(alphabet: string, maxLength: number) {
  // Lowercase and a few ambiguity codes mixed in; short alphabets make long identical runs likely.
  return fc.array(fc.constantFrom(...alphabet.split("")), { minLength: 1, maxLength }).map((xs) => xs.join(""));
}

const paramsArb = (matrix: string): fc.Arbitrary<AlignParams> =>
  fc.record({
    mode: fc.constantFrom<AlignParams["mode"]>("local", "global"),
    gapOpen: halves.map((v) => v + 0.5),
    gapExtend: fc.integer({ min: 0, max: 10 }).map((v) => v / 2),
    end: fc.option(fc.tuple(halves, fc.integer({ min: 0, max: 10 }).map((v) => v / 2)), { nil: undefined }),
  }).map(({ mode, gapOpen, gapExtend, end }) => ({
    mode,
    matrix,
    gapOpen,
    // Local mode needs extend ≤ open; global mode takes any pair.
    gapExtend: mode === "local" ? Math.min(gapExtend, gapOpen) : gapExtend,
    ...(end ? { endGapOpen: end[0], endGapExtend: end[1] } : {}),
  }));

async function checkParity(a: string, b: string, params: AlignParams): Promise<void> {
  const A = rec("a", a);
  const B = rec("b", b);
  const ref = alignReference(A, B, params);
  const s = buildScoring(params);
  const k = await kernels<AlignExports>("align");
  const ca = encodeSequence(s, "a", a);
  const cb = encodeSequence(s, "b", b);
  expect(alignScoreCodes(k, s, ca, cb, "scalar") / s.scale).toBe(ref.score);
  expect(alignScoreCodes(k, s, ca, cb, "simd") / s.scale).toBe(ref.score);
  expect(alignScoreCodes(k, s, ca, cb, "simd32") / s.scale).toBe(ref.score);
  expect(await runAlign(kernels, A, B, params)).toEqual(ref);
}

describe("WASM scalar = WASM SIMD = TypeScript reference", () => {
  it("protein pairs, EBLOSUM62, all modes and gap parameters", async () => {
    await fc.assert(
      fc.asyncProperty(seqArb(PROTEIN + "xbz*", 300), seqArb(PROTEIN + "u", 300), paramsArb("EBLOSUM62"), (a, b, p) => checkParity(a, b, p)),
      { numRuns: 120 },
    );
  });

  it("DNA pairs, EDNAFULL, related sequences", async () => {
    const related = fc.tuple(seqArb(DNA + "acgtn", 300), fc.array(fc.tuple(fc.nat(300), fc.constantFrom("", "A", "GG", "T"))), paramsArb("EDNAFULL")).map(
      ([a, edits, p]) => {
        let b = a;
        for (const [pos, ins] of edits) b = b.slice(0, pos % (b.length + 1)) + ins + b.slice((pos % (b.length + 1)) + 1);
        return [a, b || "A", p] as const;
      },
    );
    await fc.assert(fc.asyncProperty(related, ([a, b, p]) => checkParity(a, b, p)), { numRuns: 120 });
  });

  it("other matrices", async () => {
    await fc.assert(
      fc.asyncProperty(seqArb(PROTEIN, 120), seqArb(PROTEIN, 120), fc.constantFrom("EBLOSUM45", "EBLOSUM50", "EBLOSUM80", "EPAM250"), paramsArb("EBLOSUM62"), (a, b, matrix, p) =>
        checkParity(a, b, { ...p, matrix }),
      ),
      { numRuns: 40 },
    );
  });

  it("re-runs exactly when the i16 SIMD score saturates (long identical or penalised sequences)", async () => {
    const long = "W".repeat(4000); // 4000 × 11 × 2 = 88,000 scaled units > i16
    const params: AlignParams = { mode: "local", matrix: "EBLOSUM62", gapOpen: 10, gapExtend: 0.5 };
    expect(await runAlignScore(kernels, rec("a", long), rec("b", long), params, "simd")).toBe(44000);
    expect(await runAlignScore(kernels, rec("a", long), rec("b", long), params, "scalar")).toBe(44000);
    const k = await kernels<AlignExports>("align");
    const s = buildScoring(params);
    const codes = encodeSequence(s, "a", long);
    // The host's saturation test: the i16 kernel reports overflow instead of a clipped score.
    expect(k.exports.localScoreSimd16(k.put(codes), codes.length, k.put(codes), codes.length, k.put(new Uint8Array(s.scores.buffer)), s.size, 20, 1, 22)).toBe(-1);
    const dna = "ACGT".repeat(1000);
    await checkParity(dna, dna, { mode: "local", matrix: "EDNAFULL", gapOpen: 10, gapExtend: 0.5 });
    // Global: the i16 kernel reports overflow high (identical) and low (penalised end gaps), the scalar kernel takes over.
    const w = "W".repeat(2000);
    await checkParity(w, w, { mode: "global", matrix: "EBLOSUM62", gapOpen: 10, gapExtend: 0.5 });
    await checkParity(w, "C".repeat(1500), { mode: "global", matrix: "EBLOSUM62", gapOpen: 10, gapExtend: 0.5, endGapOpen: 10, endGapExtend: 10 });
  });
});

describe("bad input", () => {
  const params: AlignParams = { mode: "local", matrix: "EDNAFULL", gapOpen: 10, gapExtend: 0.5 };
  it("refuses an empty sequence naming the record", async () => {
    await expect(runAlign(kernels, rec("empty1", ""), rec("b", "ACGT"), params)).rejects.toThrow(/record "empty1" has an empty sequence/);
  });
  it("refuses protein with EDNAFULL naming record, letter and position", async () => {
    await expect(runAlign(kernels, rec("a", "ACGT"), rec("prot", "ACGTEFLK"), params)).rejects.toThrow(/record "prot": letter "E" at position 5 .*EDNAFULL/);
  });
  it("refuses non-letters naming record and position", async () => {
    await expect(runAlign(kernels, rec("a", "AC-GT"), rec("b", "ACGT"), params)).rejects.toThrow(/record "a": character "-" at position 3/);
  });
  it("reads X as N with EDNAFULL and scores unknown protein letters 0 (as EMBOSS)", async () => {
    const dna = await runAlign(kernels, rec("a", "ACGTXXACGTAAA"), rec("b", "ACGTNNACGTAAA"), params);
    expect([dna.score, dna.identity]).toEqual([53, 13]);
    const prot = await runAlign(kernels, rec("a", "MKVLJUOWAAA"), rec("b", "MKVLXXXWAAA"), { ...params, matrix: "EBLOSUM62" });
    expect([prot.score, prot.length, prot.identity]).toEqual([41, 11, 8]);
  });
  it("refuses unknown matrices and out-of-range penalties", async () => {
    await expect(runAlign(kernels, rec("a", "ACGT"), rec("b", "ACGT"), { ...params, matrix: "NOPE" })).rejects.toThrow(/unknown substitution matrix "NOPE"/);
    await expect(runAlign(kernels, rec("a", "ACGT"), rec("b", "ACGT"), { ...params, gapOpen: -1 })).rejects.toThrow(/gap open must be between 0 and 100/);
    await expect(runAlign(kernels, rec("a", "ACGT"), rec("b", "ACGT"), { ...params, gapOpen: 10.001 })).rejects.toThrow(/multiples of 0.01/);
  });
  it("refuses inputs above the contract's alignment bounds", async () => {
    const big = "A".repeat(100_001);
    await expect(runAlign(kernels, rec("huge", big), rec("b", "ACGT"), params)).rejects.toThrow(/record "huge" is 100,001 residues long; alignment accepts at most 100,000/);
    const wide = "A".repeat(30_000);
    await expect(runAlign(kernels, rec("w1", wide), rec("w2", wide), params)).rejects.toThrow('records "w1" × "w2" need 900,000,000 DP cells; alignment accepts at most 400,000,000');
  });
});

interface RandomPair {
  program: "water" | "needle";
  matrix: string;
  gapOpen: number;
  gapExtend: number;
  endGapOpen?: number;
  endGapExtend?: number;
  a: string;
  b: string;
  score: number;
  length: number;
  identity: number;
  similarity: number;
  gaps: number;
  alignedA: string;
  alignedB: string;
  markup: string;
}

describe("runAlign against EMBOSS 6.6.0 on generated pairs", () => {
  // Random and mutated protein/DNA pairs run through water/needle 6.6.0 (srspair output): 90 with
  // varied gap and end-gap penalties, 120 with lowercase, X/B/Z/U/J/O/* (protein) and IUPAC,
  // U, N, x (DNA) at 10 / 0.5.
  const pairs = [...(emboss as RandomPair[]), ...(tricky as RandomPair[])];
  it.each(pairs.map((p, i) => [i, p.program, p] as const))("#%i %s", async (_i, _prog, p) => {
    const { program, a, b, score, length, identity, similarity, gaps, alignedA, alignedB, markup, ...rest } = p;
    const params: AlignParams = { mode: program === "water" ? "local" : "global", ...rest };
    const r = await runAlign(kernels, rec("a", a), rec("b", b), params);
    expect({ score: r.score, length: r.length, identity: r.identity, similarity: r.similarity, gaps: r.gaps }).toEqual({ score, length, identity, similarity, gaps });
    expect([r.alignedA, r.alignedB, r.markup]).toEqual([alignedA, alignedB, markup]);
  });
});

describe("operation context", () => {
  const params: AlignParams = { mode: "local", matrix: "EDNAFULL", gapOpen: 10, gapExtend: 0.5 };
  it("reports progress from 0 to 1", async () => {
    const seen: number[] = [];
    await runAlign(kernels, rec("a", "ACGTACGT"), rec("b", "ACGAACGT"), params, { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });
  it("throws an AbortError when aborted", async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(runAlign(kernels, rec("a", "ACGT"), rec("b", "ACGT"), params, { signal: ctl.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
  it("scores the same whichever record is longer", async () => {
    const a = rec("a", "MKVLWAALLVTFLAGCQAKVEQAVETEPEPELRQQTEWQSGQRWELALGRFWDYLRWVQTLSEQVQEELLSSQVTQELRALMDETMKELKAYKSELEEQLTPVAEETRARLSKELQAAQARLGADMEDVCGRLVQYRGEVQAMLGQSTEELRVRLASHLRKLRKRLLRDADDLQKRLAVYQAGAREGAERGLSAIRERLGPLVEQGRVRAATVGSLAGQPLQERAQAWGERLRARMEEMGSRTRDRLDEVKEQVAEVRAKLEEQAQQIRLQAEAFQARLKSWFEPLVEDMQRQWAGLVEKVQAAVGTSAAPVPSDNH");
    const b = rec("b", "MKVLWAALLVTFLAGCQAKVEQ");
    for (const mode of ["local", "global"] as const) {
      expect(await runAlignScore(kernels, a, b, { ...params, matrix: "EBLOSUM62", mode })).toBe(alignReference(a, b, { ...params, matrix: "EBLOSUM62", mode }).score);
      expect(await runAlignScore(kernels, b, a, { ...params, matrix: "EBLOSUM62", mode })).toBe(alignReference(b, a, { ...params, matrix: "EBLOSUM62", mode }).score);
    }
  });

  describe("matrix by molecule type (auto)", () => {
    const local = { mode: "local", gapOpen: 10, gapExtend: 0.5 } as const;
    it("aligns DNA with IUPAC ambiguity codes with EDNAFULL", async () => {
      const r = await runAlign(kernels, rec("q", "ACGTRYACGTACGT"), rec("iu2", "ACGTACGTACGT"), { ...local, matrix: "auto" });
      expect(r.matrix).toBe("EDNAFULL");
      expect(r).toEqual(alignReference(rec("q", "ACGTRYACGTACGT"), rec("iu2", "ACGTACGTACGT"), { ...local, matrix: "EDNAFULL" }));
    });
    it("aligns protein with EBLOSUM62 and treats an empty matrix as auto", async () => {
      expect((await runAlign(kernels, rec("p1", "MKVLLAAG"), rec("p2", "MKVLAAG"), { ...local, matrix: "" })).matrix).toBe("EBLOSUM62");
      expect((await runAlign(kernels, rec("p1", "MKVLLAAG"), rec("p2", "MKVLAAG"), { ...local, matrix: "EBLOSUM45" })).matrix).toBe("EBLOSUM45");
    });
    it("refuses a DNA/protein pair without an explicit matrix", async () => {
      await expect(runAlign(kernels, rec("a", "ACGTACGT"), rec("b", "MKVLWAAL"), { ...local, matrix: "auto" })).rejects.toThrow(
        'record "a" looks like DNA but "b" looks like protein; choose a matrix to align them anyway',
      );
      await expect(runAlign(kernels, rec("b", "MKVLWAAL"), rec("a", "ACGUACGU"), { ...local, matrix: "auto" })).rejects.toThrow('record "a" looks like RNA but "b" looks like protein');
    });
  });
});
