import { describe, expect, it } from "vitest";
import { lengthHistogram, n50l50, statsFromText } from "./stats-reference";

const counts = (lengths: number[]) => {
  const m = new Map<number, number>();
  for (const l of lengths) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
};

describe("stats reference", () => {
  it("N50/L50: the shortest of the longest records that hold half of all bases", () => {
    expect(n50l50(counts([2, 3, 4, 5, 6, 7, 8, 9, 10]))).toEqual({ n50: 8, l50: 3 });
    expect(n50l50(counts([100, 100, 100, 100]))).toEqual({ n50: 100, l50: 2 });
    expect(n50l50(counts([0, 0]))).toEqual({ n50: 0, l50: 0 });
  });

  it("histogram: at most 50 half-open bins covering min…max", () => {
    expect(lengthHistogram(counts([5, 5, 5]))).toEqual([{ start: 5, end: 6, count: 3 }]);
    const h = lengthHistogram(counts(Array.from({ length: 1000 }, (_, i) => i)));
    expect(h).toHaveLength(50);
    expect(h[0]).toEqual({ start: 0, end: 20, count: 20 });
    expect(h.at(-1)).toEqual({ start: 980, end: 1000, count: 20 });
    const odd = lengthHistogram(counts([1, 52]));
    expect(odd.length).toBeLessThanOrEqual(50);
    expect(odd.at(-1)!.end).toBe(53);
    expect(odd.reduce((a, b) => a + b.count, 0)).toBe(2);
  });

  it("counts U with T, and gives no GC for protein-like records", () => {
    const r = statsFromText(">rna\nGCUU\n>prot\nMKTAYIAKQRQISFVKSHFSRQ\n");
    expect(r.records[0]!.gcPercent).toBe(50);
    expect(r.records[1]!.gcPercent).toBeNull();
    expect(r.records[1]!.gcPercentAll).toBeNull();
    expect(r.total.composition).toMatchObject({ G: 1, C: 1, U: 2, K: 3, Q: 3 });
  });

  it("labels each record's molecule; protein records have no N count and stay out of the totals' GC and N", () => {
    const r = statsFromText(">iu\nACGTRYACGTACGT\n>prot\nMKVLNNNEQ\n>rna\nGCUU\n");
    expect(r.records.map((x) => x.molecule)).toEqual(["dna", "protein", "rna"]);
    expect(r.records[0]).toMatchObject({ nCount: 0, gcPercent: 50 });
    expect(r.records[1]).toMatchObject({ nCount: null, gcPercent: null, gcPercentAll: null, lengthBp: 9 });
    // totals: 14 + 4 nucleotide letters, G+C = 6 + 2 over A/C/G/T/U 12 + 4
    expect(r.total).toMatchObject({ molecule: "mixed", nCount: 0, gcPercent: 50, gcPercentAll: (100 * 8) / 18, lengthBp: 27 });
    expect(statsFromText(">p\nMKVLNNNEQ\n").total).toMatchObject({ molecule: "protein", nCount: null, gcPercent: null });
    expect(statsFromText(">g\n--*\n").total.molecule).toBe("unknown");
  });

  it("composition folds case and keeps gap and stop symbols", () => {
    const r = statsFromText(">a\nacGT-*\n");
    expect(r.total.composition).toEqual({ "*": 1, "-": 1, A: 1, C: 1, G: 1, T: 1 });
    expect(r.total.lowercaseCount).toBe(2);
  });

  it("per-position quality counts only reads that reach the position", () => {
    const r = statsFromText("@a\nAC\n+\nI5\n@b\nA\n+\n+\n");
    expect(r.perPositionQuality).toEqual([
      { position: 1, mean: (40 + 10) / 2, count: 2 },
      { position: 2, mean: 20, count: 1 },
    ]);
  });

  it("rejects other formats, empty input and bad maxRecordRows", () => {
    expect(() => statsFromText("\n\nLorem\n")).toThrow("not FASTA, FASTQ or GenBank: line 3 starts with 'L'; expected '>' (FASTA), '@' (FASTQ) or LOCUS (GenBank)");
    expect(() => statsFromText("\n\nLOCUS x\n")).toThrow(/^GenBank line 3: /);
    expect(() => statsFromText(" \n")).toThrow("empty input");
    expect(() => statsFromText(">a\nA\n", { maxRecordRows: -1 })).toThrow("maxRecordRows");
  });
});
