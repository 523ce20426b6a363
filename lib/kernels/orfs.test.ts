import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrfParams } from "@/lib/analysis/contract";
import { featureSegments, parseGenBank, qualifierValue, type GenBankRecord } from "@/lib/bio/genbank";
import { GENETIC_CODES } from "@/lib/bio/genetic-codes";
import { findOrfs } from "@/lib/bio/orfs";
import { reverseComplement } from "@/lib/bio/sequence";
import { loadKernel, nodeKernelProvider } from "./node-loader";
import { findOrfsInSequence, runOrfs, type OrfsExports } from "./orfs";
import type { KernelInstance } from "./runtime";

let k: KernelInstance<OrfsExports>;
beforeAll(async () => {
  k = await loadKernel<OrfsExports>("orfs");
});

const kernels = nodeKernelProvider();
const seed = (name: string) => readFileSync(new URL(`../../db/seed/data/${name}`, import.meta.url), "utf8");
const rec = (id: string, sequence: string) => ({ id, description: "", sequence });
const TABLES = [...GENETIC_CODES.keys()];

/** Random background with planted start…stop ORFs (some reverse-complemented), some ambiguity and lowercase. */
const plantedOrf = fc
  .tuple(fc.constantFrom("ATG", "GTG", "TTG", "atg", "AUG"), fc.string({ unit: fc.constantFrom(..."ACGT"), maxLength: 150 }), fc.constantFrom("TAA", "TAG", "TGA", "AGA", "TAR"), fc.boolean())
  .map(([start, body, stop, reverse]) => {
    const orf = start + body.slice(0, body.length - (body.length % 3)) + stop;
    return reverse ? reverseComplement(orf) : orf;
  });
const background = fc.string({ unit: fc.constantFrom(..."ACGTACGTACGTNRYacgt"), maxLength: 40 });
const plantedSequence = fc
  .array(fc.oneof({ arbitrary: background, weight: 1 }, { arbitrary: plantedOrf, weight: 3 }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""));

const paramsArb: fc.Arbitrary<OrfParams> = fc.record({
  table: fc.constantFrom(...TABLES),
  minAaLength: fc.integer({ min: 0, max: 15 }),
  startPolicy: fc.constantFrom("atg" as const, "alternative" as const, "any" as const),
  strands: fc.constantFrom("both" as const, "forward" as const, "reverse" as const),
  nested: fc.boolean(),
});

function cdsFeatures(record: GenBankRecord) {
  return record.features
    .filter((f) => f.type === "CDS")
    .map((f) => {
      const segments = featureSegments(record, f);
      const strand: "+" | "-" = segments[0]!.strand === -1 ? "-" : "+";
      return { name: qualifierValue(f, "gene") ?? qualifierValue(f, "locus_tag") ?? "?", start: Math.min(...segments.map((s) => s.start)), end: Math.max(...segments.map((s) => s.end)), strand };
    });
}

describe("orfs kernel", () => {
  it("matches the reference on random sequences with planted ORFs, every policy, strand and table", () => {
    fc.assert(
      fc.property(plantedSequence, paramsArb, (seq, params) => {
        expect(findOrfsInSequence(k, "r", seq, params)).toEqual(findOrfs("r", seq, params));
      }),
      { numRuns: 1500 },
    );
  });

  it("matches the reference on random IUPAC text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ACGTUNRYKMBVDHSWacgtu-*X"), maxLength: 400 }), paramsArb, (seq, params) => {
        expect(findOrfsInSequence(k, "r", seq, params)).toEqual(findOrfs("r", seq, params));
      }),
      { numRuns: 500 },
    );
  });

  it("stops with a clear error beyond the ORF limit", () => {
    const params: OrfParams = { table: 1, minAaLength: 1, startPolicy: "atg", strands: "forward", nested: false };
    expect(findOrfsInSequence(k, "r", "ATGAAATAA".repeat(5), params, 5)).toHaveLength(5);
    expect(() => findOrfsInSequence(k, "r", "ATGAAATAA".repeat(6), params, 5)).toThrow('more than 5 ORFs (reached in record "r")');
  });
});

describe("runOrfs", () => {
  it("keeps record order and refuses more than ANALYSIS_LIMITS.maxOrfs ORFs", async () => {
    const params: OrfParams = { table: 1, minAaLength: 1, startPolicy: "atg", strands: "forward", nested: false };
    const out = await runOrfs(kernels, [rec("b", "ATGTAA"), rec("a", "CCATGTAA"), rec("empty", "")], params);
    expect(out.map((o) => [o.recordId, o.start, o.end])).toEqual([["b", 0, 6], ["a", 2, 8]]);
    await expect(runOrfs(kernels, [rec("big", "ATGAAATAA".repeat(200_001))], params)).rejects.toThrow("more than 200000 ORFs");
  });

  it("rejects protein input, unknown tables and bad parameters", async () => {
    const params: OrfParams = { table: 1, minAaLength: 10, startPolicy: "atg", strands: "both", nested: false };
    await expect(runOrfs(kernels, [rec("prot", "MSTNPKPQRKTKRNTNRRPQDVKFPGG")], params)).rejects.toThrow(/record "prot" looks like a protein sequence/);
    await expect(runOrfs(kernels, [rec("a", "ACGT")], { ...params, table: 19 })).rejects.toThrow("unknown genetic code table 19; valid tables:");
    await expect(runOrfs(kernels, [rec("a", "ACGT")], { ...params, minAaLength: -1 })).rejects.toThrow(RangeError);
  });

  it("honours cancellation", async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(runOrfs(kernels, [rec("a", "ATGTAA")], { table: 1, minAaLength: 1, startPolicy: "atg", strands: "both", nested: false }, { signal: ctl.signal })).rejects.toThrow();
  });

  it("finds every annotated CDS of NC_005816 (table 11, alternative starts, 50 aa) by its stop", async () => {
    const [record] = parseGenBank(seed("NC_005816.gb"));
    const params: OrfParams = { table: 11, minAaLength: 50, startPolicy: "alternative", strands: "both", nested: false };
    const orfs = await runOrfs(kernels, [rec("NC_005816", record!.sequence!)], params);
    const cds = cdsFeatures(record!);
    expect(cds).toHaveLength(10);
    const exact: string[] = [];
    for (const c of cds) {
      // The stop end: the end on +, the start on −.
      const orf = orfs.find((o) => o.strand === c.strand && (c.strand === "+" ? o.end === c.end : o.start === c.start));
      expect(orf, c.name).toBeDefined();
      expect(orf!.hasStop).toBe(true);
      if (orf!.start === c.start && orf!.end === c.end) exact.push(c.name);
    }
    // The longest ORF starts at an upstream alternative start (TTG, CTG, ATT, …) for the others.
    expect(exact).toEqual(["YP_pPCP04", "pla"]);
    // With nested ORFs every annotated start is reported exactly.
    const nested = await runOrfs(kernels, [rec("NC_005816", record!.sequence!)], { ...params, nested: true });
    for (const c of cds) expect(nested.some((o) => o.start === c.start && o.end === c.end && o.strand === c.strand), c.name).toBe(true);
  });

  it("ends ORFs at the annotated SARS-CoV-2 stops (table 1, ATG)", async () => {
    const [record] = parseGenBank(seed("sars-cov-2_MN908947.gb"));
    const orfs = await runOrfs(kernels, [rec("MN908947", record!.sequence!)], { table: 1, minAaLength: 30, startPolicy: "atg", strands: "both", nested: false });
    const exact: string[] = [];
    for (const c of cdsFeatures(record!)) {
      // ORF1a as annotated has no stop (ORF1ab continues after the -1 frameshift).
      if (c.name === "ORF1a") continue;
      const orf = orfs.find((o) => o.strand === "+" && o.end === c.end);
      expect(orf, c.name).toBeDefined();
      if (orf!.start === c.start) exact.push(c.name);
    }
    // S has an in-frame ATG 27 nt upstream; ORF1b starts at the frameshift, not at an ATG.
    expect(exact).toEqual(["ORF3a", "E", "M", "ORF6", "ORF7a", "ORF7b", "ORF8", "N", "ORF9b"]);
  });
});
