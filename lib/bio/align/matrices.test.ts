import { describe, expect, it } from "vitest";
import { MATRICES, MATRIX_NAMES, getMatrix } from "./matrices";

const score = (name: string, x: string, y: string): number => {
  const m = getMatrix(name);
  return m.rows[m.alphabet.indexOf(x)]![m.alphabet.indexOf(y)]!;
};

describe("EMBOSS substitution matrices", () => {
  it.each(MATRIX_NAMES)("%s is square and symmetric", (name) => {
    const m = MATRICES[name]!;
    expect(m.rows).toHaveLength(m.alphabet.length);
    for (let i = 0; i < m.alphabet.length; i++) {
      expect(m.rows[i]).toHaveLength(m.alphabet.length);
      for (let j = 0; j < m.alphabet.length; j++) expect(m.rows[i]![j]).toBe(m.rows[j]![i]);
    }
  });

  it("has the published values", () => {
    expect(getMatrix("EBLOSUM62").alphabet).toBe("ARNDCQEGHILKMFPSTWYVBZX*");
    expect([score("EBLOSUM62", "W", "W"), score("EBLOSUM62", "A", "A"), score("EBLOSUM62", "C", "C"), score("EBLOSUM62", "W", "C")]).toEqual([11, 4, 9, -2]);
    expect([score("EBLOSUM62", "*", "*"), score("EBLOSUM62", "A", "*"), score("EBLOSUM62", "X", "X")]).toEqual([1, -4, -1]);
    expect(getMatrix("EDNAFULL").alphabet).toBe("ATGCSWRYKMBVHDNU");
    expect([score("EDNAFULL", "A", "A"), score("EDNAFULL", "A", "T"), score("EDNAFULL", "N", "N"), score("EDNAFULL", "T", "U"), score("EDNAFULL", "A", "W")]).toEqual([5, -4, -1, 5, 1]);
    expect([score("EPAM250", "W", "W"), score("EBLOSUM45", "W", "W"), score("EBLOSUM50", "W", "W"), score("EBLOSUM80", "W", "W")]).toEqual([17, 15, 15, 16]);
  });

  it("looks names up case-insensitively and names the known ones otherwise", () => {
    expect(getMatrix("ednafull").name).toBe("EDNAFULL");
    expect(() => getMatrix("BLOSUM99")).toThrow(/unknown substitution matrix "BLOSUM99" \(known: EBLOSUM62, EDNAFULL/);
  });
});
