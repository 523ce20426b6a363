import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANALYSIS_LIMITS, type AnalysisRecord } from "@/lib/analysis/contract";
import { searchMotif } from "@/lib/bio/motif";
import { runMotif } from "./motif";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();
const rec = (sequence: string, id = "r"): AnalysisRecord => ({ id, description: "", sequence });

describe("motif kernel", () => {
  it("finds overlapping hits on both strands with forward coordinates", async () => {
    const hits = await runMotif(kernels, [rec("AAAcTTTT")], { pattern: "AA", strands: "both" });
    expect(hits).toEqual([
      { recordId: "r", start: 0, end: 2, strand: "+", matched: "AA" },
      { recordId: "r", start: 1, end: 3, strand: "+", matched: "AA" },
      { recordId: "r", start: 4, end: 6, strand: "-", matched: "AA" },
      { recordId: "r", start: 5, end: 7, strand: "-", matched: "AA" },
      { recordId: "r", start: 6, end: 8, strand: "-", matched: "AA" },
    ]);
    expect(await runMotif(kernels, [rec("AAAcTTTT")], { pattern: "AA", strands: "forward" })).toHaveLength(2);
  });

  it("reports palindromic sites once on the + strand and matches IUPAC codes", async () => {
    const hits = await runMotif(kernels, [rec("ttGAATTCcc")], { pattern: "GAATTC", strands: "both" });
    expect(hits).toEqual([{ recordId: "r", start: 2, end: 8, strand: "+", matched: "GAATTC" }]);
    const deg = await runMotif(kernels, [rec("CTCGGG CCCGAG")], { pattern: "CYCGRG", strands: "both" });
    expect(deg.map((h) => [h.start, h.strand])).toEqual([
      [0, "+"],
      [7, "+"],
    ]);
  });

  it("does not match N runs, gaps or other letters in the sequence", async () => {
    expect(await runMotif(kernels, [rec("NNNNNN------GANTC")], { pattern: "GAATTC", strands: "both" })).toEqual([]);
    expect((await runMotif(kernels, [rec("NNNN")], { pattern: "NN", strands: "forward" })).length).toBe(3);
  });

  it("rejects patterns that are not IUPAC nucleotide codes", async () => {
    await expect(runMotif(kernels, [rec("ACGT")], { pattern: "GAXTC", strands: "both" })).rejects.toThrow(/"X" at position 3, which is not an IUPAC nucleotide code/);
    await expect(runMotif(kernels, [rec("ACGT")], { pattern: "", strands: "both" })).rejects.toThrow(/empty/);
  });

  it("refuses more hits than the limit, naming the record", async () => {
    const s = "A".repeat(ANALYSIS_LIMITS.maxMotifHits + 10);
    await expect(runMotif(kernels, [rec(s, "polyA")], { pattern: "A", strands: "forward" })).rejects.toThrow(/more than 200000 motif hits \(reached in record "polyA"\)/);
  });

  it("handles patterns longer than 64 letters", async () => {
    const unit = "ACGTTGCA".repeat(10);
    const s = `GG${unit}T${unit}`;
    expect(await runMotif(kernels, [rec(s)], { pattern: unit.slice(0, 70), strands: "both" })).toEqual(searchMotif([rec(s)], { pattern: unit.slice(0, 70), strands: "both" }));
  });

  it("matches the TypeScript reference on random sequences and patterns", async () => {
    const seqArb = fc.string({ unit: fc.constantFrom(..."ACGTACGTacgtuNRY-*"), maxLength: 400 });
    const patArb = fc.string({ unit: fc.constantFrom(..."ACGTACGTRYSWKMBDHVNacgt"), minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(fc.array(seqArb, { maxLength: 3 }), patArb, fc.constantFrom<"both" | "forward">("both", "forward"), async (ss, pattern, strands) => {
        const records = ss.map((s, i) => rec(s, `r${i}`));
        expect(await runMotif(kernels, records, { pattern, strands })).toEqual(searchMotif(records, { pattern, strands }));
      }),
      { numRuns: 400 },
    );
  });
});
