import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Frame } from "@/lib/analysis/contract";
import { parseFasta } from "@/lib/bio/fasta";
import { extractFeatureSequence, parseGenBank, qualifierValue } from "@/lib/bio/genbank";
import { GENETIC_CODES } from "@/lib/bio/genetic-codes";
import { reverseComplement } from "@/lib/bio/sequence";
import { translate } from "@/lib/bio/translate";
import { loadKernel, nodeKernelProvider } from "./node-loader";
import type { KernelInstance } from "./runtime";
import { ALL_FRAMES, runTranslate, translateFrames, type TranslateExports } from "./translate";

let k: KernelInstance<TranslateExports>;
beforeAll(async () => {
  k = await loadKernel<TranslateExports>("translate");
});

const seed = (name: string) => readFileSync(new URL(`../../db/seed/data/${name}`, import.meta.url), "utf8");
const TABLES = [...GENETIC_CODES.keys()];
const IUPAC = "TCAGRYSWKMBDHVN";

/** The reference for one frame: negative frames read the reverse complement. */
function reference(seq: string, frame: Frame, options: { table: number; cds?: boolean; toStop?: boolean }): string {
  const strand = frame > 0 ? seq : reverseComplement(seq);
  return translate(strand.slice(Math.abs(frame) - 1), options);
}

describe("translate kernel", () => {
  it("translates every IUPAC codon of every table as the reference, in CDS mode too", () => {
    const codons: string[] = [];
    for (const a of IUPAC) for (const b of IUPAC) for (const c of IUPAC) codons.push(a + b + c);
    const all = codons.join("");
    for (const table of TABLES) {
      const [fwd, lower] = [translateFrames(k, all, [1], { table })[0], translateFrames(k, all.toLowerCase().replaceAll("t", "u"), [1], { table })[0]];
      expect(fwd).toBe(translate(all, { table }));
      expect(lower).toBe(fwd);
      for (const codon of codons) {
        expect(translateFrames(k, codon, [1], { table, cds: true })[0], `${codon} table ${table}`).toBe(translate(codon, { table, cds: true }));
      }
    }
  });

  it("reads gaps and other characters as the reference does", () => {
    const seq = "ATG---A-GXYZ**.ATG12 \u017fTG";
    for (const frame of ALL_FRAMES) expect(translateFrames(k, seq, [frame], { table: 1 })[0]).toBe(reference(seq, frame, { table: 1 }));
    expect(translateFrames(k, "---ATG", [1], { table: 1 })[0]).toBe("-M");
  });

  it("reads frame -1 from the last base of the forward sequence", () => {
    // Reverse complement of ATGAAATAG (M K *) is CTATTTCAT (L F H).
    expect(translateFrames(k, "ATGAAATAG", ALL_FRAMES, { table: 1 })).toEqual(["MK*", "*N", "EI", "LFH", "YF", "IS"]);
  });

  it("matches the reference on random IUPAC, mixed-case sequences in every table, frame and mode", () => {
    const unit = fc.constantFrom(..."ACGTUNRYKMBVDHSWacgtunrykmbvdhsw-*.X");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.constantFrom(...TABLES), fc.constantFrom(...ALL_FRAMES), fc.boolean(), fc.boolean(), (seq, table, frame, cds, toStop) => {
        expect(translateFrames(k, seq, [frame], { table, cds, toStop })[0]).toBe(reference(seq, frame, { table, cds, toStop }));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches the reference on plain DNA in all six frames at once", () => {
    const unit = fc.constantFrom(..."ACGT");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 2000 }), fc.constantFrom(...TABLES), (seq, table) => {
        expect(translateFrames(k, seq, ALL_FRAMES, { table })).toEqual(ALL_FRAMES.map((f) => reference(seq, f, { table })));
      }),
      { numRuns: 200 },
    );
  });
});

describe("runTranslate", () => {
  const kernels = nodeKernelProvider();
  const rec = (id: string, sequence: string) => ({ id, description: "", sequence });

  it("gives six translations per record for frame all, with trailing bases", async () => {
    const out = await runTranslate(kernels, [rec("a", "ATGAAATAGC"), rec("b", "")], { table: 1, frame: "all" });
    expect(out.map((t) => [t.recordId, t.frame, t.protein, t.trailingBases])).toEqual([
      // ATG AAA TAG|C, TGA AAT AGC, GAA ATA|GC; reverse complement GCT ATT TCA|T, CTA TTT CAT, TAT TTC|AT.
      ["a", 1, "MK*", 1], ["a", 2, "*NS", 0], ["a", 3, "EI", 2], ["a", -1, "AIS", 1], ["a", -2, "LFH", 0], ["a", -3, "YF", 2],
      ["b", 1, "", 0], ["b", 2, "", 0], ["b", 3, "", 0], ["b", -1, "", 0], ["b", -2, "", 0], ["b", -3, "", 0],
    ]);
  });

  it("applies CDS mode and toStop", async () => {
    const [t] = await runTranslate(kernels, [rec("x", "GTGAAATAGAAA")], { table: 11, frame: 1, cds: true, toStop: true });
    expect(t).toEqual({ recordId: "x", frame: 1, protein: "MK", trailingBases: 0 });
  });

  it("rejects protein input naming the record, and unknown tables listing the valid ones", async () => {
    await expect(runTranslate(kernels, [rec("dna", "ACGT"), rec("P12345", "MKVLEQ")], { table: 1, frame: 1 })).rejects.toThrow(/record "P12345" looks like a protein sequence \('L' at position 4\)/);
    await expect(runTranslate(kernels, [rec("a", "ACGT")], { table: 7, frame: 1 })).rejects.toThrow("unknown genetic code table 7; valid tables: 1, 2, 3");
  });

  it("translates the 10 CDS of NC_005816 (table 11, CDS mode) to the published proteins", async () => {
    const cds = parseFasta(seed("NC_005816.ffn"));
    const proteins = parseFasta(seed("NC_005816.faa"));
    expect(cds).toHaveLength(10);
    const out = await runTranslate(kernels, cds, { table: 11, frame: 1, cds: true });
    out.forEach((t, i) => {
      expect(t.protein.endsWith("*")).toBe(true);
      expect(t.protein.slice(0, -1)).toBe(proteins[i]!.sequence);
      expect(t.trailingBases).toBe(0);
    });
  });

  it("matches the /translation qualifiers of the NC_005816 GenBank CDS features", async () => {
    const [record] = parseGenBank(seed("NC_005816.gb"));
    const features = record!.features.filter((f) => f.type === "CDS");
    expect(features).toHaveLength(10);
    const records = features.map((f, i) => rec(`cds${i}`, extractFeatureSequence(record!, f)!));
    const out = await runTranslate(kernels, records, { table: 11, frame: 1, cds: true, toStop: true });
    out.forEach((t, i) => expect(t.protein).toBe(qualifierValue(features[i]!, "translation")!.replace(/\s+/g, "")));
  });

  it("matches the oracle translations", async () => {
    const cases = JSON.parse(readFileSync(new URL("./fixtures/translate/derived.json", import.meta.url), "utf8")) as { record_id: string; table: number; cds_start_as_M: boolean; protein: string; ends_with_stop: boolean }[];
    const cds = new Map(parseFasta(seed("NC_005816.ffn")).map((r) => [r.id, r]));
    expect(cases).toHaveLength(10);
    for (const c of cases) {
      const [t] = await runTranslate(kernels, [cds.get(c.record_id)!], { table: c.table, frame: 1, cds: c.cds_start_as_M, toStop: true });
      expect(t!.protein).toBe(c.protein);
    }
  });
});
