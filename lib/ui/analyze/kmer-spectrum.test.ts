import { describe, expect, it } from "vitest";
import { spectrumBins, spectrumText } from "./kmer-spectrum";

describe("spectrumBins", () => {
  it("gives one bar per multiplicity when none reaches the cap", () => {
    const { bins, tail } = spectrumBins([
      { multiplicity: 2, distinct: 5 },
      { multiplicity: 1, distinct: 40 },
    ]);
    expect(bins).toEqual([
      { start: 0.5, end: 1.5, count: 40, label: "1" },
      { start: 1.5, end: 2.5, count: 5, label: "2" },
    ]);
    expect(tail).toBeNull();
  });

  it("puts every k-mer seen cap times or more in a last ≥ cap bar", () => {
    const spectrum = [
      { multiplicity: 1, distinct: 100 },
      { multiplicity: 9, distinct: 3 },
      { multiplicity: 10, distinct: 2 },
      { multiplicity: 250, distinct: 1 },
      { multiplicity: 12, distinct: 4 },
    ];
    const { bins, tail, cap } = spectrumBins(spectrum, 10);
    expect(cap).toBe(10);
    expect(bins.map((b) => b.label)).toEqual(["1", "9", "≥ 10"]);
    expect(bins[bins.length - 1]).toEqual({ start: 9.5, end: 10.5, count: 7, label: "≥ 10" });
    expect(tail).toEqual({ distinct: 7, maxMultiplicity: 250 });
    // No distinct k-mer is lost.
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(spectrum.reduce((n, s) => n + s.distinct, 0));
  });

  it("handles a missing or empty spectrum", () => {
    expect(spectrumBins(undefined)).toEqual({ bins: [], tail: null, cap: 100 });
    expect(spectrumBins([{ multiplicity: 3, distinct: 0 }]).bins).toEqual([]);
  });

  it("names a single bar and says what it means", () => {
    const once = spectrumBins([{ multiplicity: 1, distinct: 5685 }]);
    expect(once.bins).toHaveLength(1);
    expect(spectrumText(once)).toEqual({ label: "k-mer spectrum: a single bar, 5,685 distinct k-mers at multiplicity 1", singleBar: "Every k-mer occurs exactly once: all 5,685 distinct k-mers were seen once." });
    expect(spectrumText(spectrumBins([{ multiplicity: 4, distinct: 1 }])).singleBar).toBe("Every k-mer occurs the same number of times: the only distinct k-mer was seen 4 times.");
    expect(spectrumText(spectrumBins([{ multiplicity: 7, distinct: 12 }])).singleBar).toBe("Every k-mer occurs the same number of times: all 12 distinct k-mers were seen 7 times.");
    // The tail bar alone is explained by its own caption.
    expect(spectrumText(spectrumBins([{ multiplicity: 300, distinct: 2 }])).singleBar).toBeNull();
    expect(spectrumText(spectrumBins([{ multiplicity: 1, distinct: 2 }, { multiplicity: 3, distinct: 1 }])).label).toBe("k-mer spectrum: number of distinct k-mers by multiplicity, 1 to 3");
  });
});
