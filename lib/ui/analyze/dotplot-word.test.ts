import { describe, expect, it } from "vitest";
import { dotPlotIsEmpty, dotPlotWordProblem, dotPlotWordSize, isProteinPair } from "./dotplot-word";

describe("dot plot word size", () => {
  it("chooses by molecule type when left empty, else keeps the user's", () => {
    expect(dotPlotWordSize("auto", true)).toBe(3);
    expect(dotPlotWordSize("auto", false)).toBe(11);
    expect(dotPlotWordSize(7, true)).toBe(7);
  });

  it("compares a pair as protein when either side is one", () => {
    expect(isProteinPair("protein", "dna")).toBe(true);
    expect(isProteinPair("dna", "unknown")).toBe(false);
  });

  it("refuses a word longer than 12 residues for protein only", () => {
    expect(dotPlotWordProblem(20, true)).toMatch(/at most 12/);
    expect(dotPlotWordProblem(20, false)).toBeNull();
    expect(dotPlotWordProblem("auto", true)).toBeNull();
  });

  it("tells an empty plot", () => {
    expect(dotPlotIsEmpty({ forward: new Uint32Array(4), reverse: new Uint32Array(4) })).toBe(true);
    expect(dotPlotIsEmpty({ forward: new Uint32Array(4), reverse: new Uint32Array([0, 0, 1, 0]) })).toBe(false);
  });
});
