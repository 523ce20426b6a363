import { describe, expect, it } from "vitest";
import { findPattern, motifPatterns, searchMotif } from "./motif";

describe("motif search reference", () => {
  it("searches the reverse complement unless the pattern is palindromic", () => {
    expect(motifPatterns({ pattern: "ggtctc", strands: "both" })).toEqual([
      { pattern: "GGTCTC", strand: "+" },
      { pattern: "GAGACC", strand: "-" },
    ]);
    expect(motifPatterns({ pattern: "GAATTC", strands: "both" })).toEqual([{ pattern: "GAATTC", strand: "+" }]);
    expect(motifPatterns({ pattern: "GGUCUC", strands: "forward" })).toEqual([{ pattern: "GGTCTC", strand: "+" }]);
  });

  it("finds overlapping IUPAC matches and keeps the sequence's case in `matched`", () => {
    expect(findPattern("AAAA", "AA")).toEqual([0, 1, 2]);
    expect(searchMotif([{ id: "x", sequence: "ccGAGACCa" }], { pattern: "GGTCTC", strands: "both" })).toEqual([{ recordId: "x", start: 2, end: 8, strand: "-", matched: "GGTCTC" }]);
    expect(searchMotif([{ id: "x", sequence: "acgu" }], { pattern: "RY", strands: "forward" })[0]).toMatchObject({ start: 0, matched: "ac" });
  });

  it("rejects bad strands values and overlong patterns", () => {
    expect(() => motifPatterns({ pattern: "A", strands: "reverse" as "both" })).toThrow(/strands must be/);
    expect(() => motifPatterns({ pattern: "A".repeat(1025), strands: "both" })).toThrow(/more than 1024/);
  });
});
