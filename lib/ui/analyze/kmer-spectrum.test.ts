import { describe, expect, it } from "vitest";
import { spectrumBins } from "./kmer-spectrum";

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
});
