import { describe, expect, it } from "vitest";
import { dotPlotEmptyMessage, dotPlotIsEmpty, dotPlotWordOptionProblem, dotPlotWordProblem, dotPlotWordSize, isProteinPair } from "./dotplot-word";

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

  it("refuses a word longer than 12 residues for protein only, naming the range and the value", () => {
    expect(dotPlotWordProblem(20, true)).toBe("Word size must be a whole number from 1 to 12 residues for protein (sequence A or B is a protein); got 20. Leave it empty for 3.");
    expect(dotPlotWordProblem(12, true)).toBeNull();
    expect(dotPlotWordProblem(20, false)).toBeNull();
    expect(dotPlotWordProblem("auto", true)).toBeNull();
  });

  it("names the DNA and protein ranges and the value given for the field", () => {
    const message = "Word size must be a whole number from 1 to 31 bases for DNA/RNA or 1 to 12 residues for protein, or left empty to choose by molecule type";
    expect(dotPlotWordOptionProblem(0)).toBe(`${message}; got 0.`);
    expect(dotPlotWordOptionProblem(32)).toBe(`${message}; got 32.`);
    expect(dotPlotWordOptionProblem(2.5)).toBe(`${message}; got 2.5.`);
    expect(dotPlotWordOptionProblem(Number.NaN)).toBe(`${message}; the field is empty.`);
    expect(dotPlotWordOptionProblem(31)).toBeNull();
    expect(dotPlotWordOptionProblem("auto")).toBeNull();
  });

  it("says when the word is longer than one of the sequences", () => {
    const sides = [
      { side: "A", id: "HBA_HUMAN", length: 142 },
      { side: "B", id: "pep", length: 2 },
    ] as const;
    expect(dotPlotWordProblem("auto", true, sides)).toBe("The automatic word size (3 residues for protein) is longer than sequence B (pep), which has 2 residues: no word fits in it. Choose a word size of at most 2.");
    expect(dotPlotWordProblem(2, true, sides)).toBeNull();
    expect(dotPlotWordProblem(5, false, [{ side: "A", id: "", length: 0 }])).toBe("Sequence A is empty: there is nothing to compare.");
    expect(dotPlotWordProblem(31, false, [{ side: "A", id: "x", length: null }])).toBeNull();
  });

  it("explains an empty plot by a word longer than a sequence when it is one", () => {
    expect(dotPlotEmptyMessage({ lengthA: 142, lengthB: 8 }, 11, false, "seqA", "probe")).toBe("The word size 11 is longer than probe (8 bases): no word fits in it. Choose a word size of at most 8.");
    expect(dotPlotEmptyMessage({ lengthA: 142, lengthB: 147 }, 11, true, "HBA", "HBB")).toBe("No matching words of length 11 between HBA and HBB — try a smaller word size.");
  });

  it("tells an empty plot", () => {
    expect(dotPlotIsEmpty({ forward: new Uint32Array(4), reverse: new Uint32Array(4) })).toBe(true);
    expect(dotPlotIsEmpty({ forward: new Uint32Array(4), reverse: new Uint32Array([0, 0, 1, 0]) })).toBe(false);
  });
});
