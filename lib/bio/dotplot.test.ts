import { describe, expect, it } from "vitest";
import { dotPlot, isProteinPair } from "./dotplot";

describe("dot plot reference", () => {
  it("bins a self-comparison on the diagonal", () => {
    const r = dotPlot("ACGTTGCA", "ACGTTGCA", { k: 4, size: 2 });
    // Words at 0…4; rows and columns: floor(i·2/8).
    expect([...r.forward]).toEqual([4, 0, 0, 1]);
    expect(r).toMatchObject({ lengthA: 8, lengthB: 8, size: 2 });
  });

  it("finds inverted repeats in the reverse grid, at B's forward coordinates", () => {
    const r = dotPlot("AAAC", "GTTT", { k: 4, size: 1 });
    expect([...r.forward]).toEqual([0]);
    expect([...r.reverse]).toEqual([1]);
  });

  it("detects protein pairs and bounds k and size", () => {
    expect(isProteinPair("MKVLEEQW", "ACGT")).toBe(true);
    expect(isProteinPair("ACGT", "acgu")).toBe(false);
    expect(() => dotPlot("ACGT", "ACGT", { k: 32, size: 4 })).toThrow(/from 1 to 31/);
    expect(() => dotPlot("ACGT", "ACGT", { k: 2, size: 0 })).toThrow(/grid size/);
  });
});
