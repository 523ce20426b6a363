import { describe, expect, it } from "vitest";
import { countKmers, rankKmers, reverseComplementAcgt } from "./kmers";

const rec = (sequence: string) => ({ id: "r", sequence });

describe("k-mer counting reference", () => {
  it("counts, skips non-ACGT windows and reads U as T", () => {
    const r = countKmers([rec("ACGUNacgt")], { k: 3, canonical: false, spectrum: true });
    expect(r).toEqual({
      k: 3,
      canonical: false,
      totalKmers: 4,
      distinctKmers: 2,
      top: [
        { kmer: "ACG", count: 2 },
        { kmer: "CGT", count: 2 },
      ],
      spectrum: [{ multiplicity: 2, distinct: 2 }],
    });
  });

  it("keys canonical k-mers by the smaller strand", () => {
    expect(reverseComplementAcgt("AACG")).toBe("CGTT");
    expect(countKmers([rec("CGTT")], { k: 4, canonical: true }).top).toEqual([{ kmer: "AACG", count: 1 }]);
  });

  it("uses string keys above k = 26 with the same results", () => {
    const s = "ACGTTGCA".repeat(10);
    const r = countKmers([rec(s)], { k: 28, canonical: false, top: 1 });
    expect(r.top).toEqual([{ kmer: s.slice(0, 28), count: 7 }]);
    expect(r.distinctKmers).toBe(8);
  });

  it("ranks by count, then k-mer", () => {
    expect(rankKmers<string>([["T", 1], ["G", 2], ["A", 1], ["C", 2]], 3)).toEqual([["C", 2], ["G", 2], ["A", 1]]);
    expect(rankKmers<string>([["A", 1]], 0)).toEqual([]);
  });
});
