import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NUCLEOTIDE_CODES,
  PROTEIN_ONLY_LETTERS,
  countMoleculeLetters,
  firstProteinLetter,
  moleculeType,
  moleculeTypeFromCounts,
  requireNucleotideRecord,
} from "./molecule-type";

const caseVariants = (letters: string) => [...letters, ...letters.toLowerCase()];
const nucleotide = fc.string({ unit: fc.constantFrom(...caseVariants(NUCLEOTIDE_CODES), "-", ".", "*", "X", "x"), maxLength: 200 });
const proteinOnly = fc.constantFrom(...caseVariants(PROTEIN_ONLY_LETTERS));
const anyText = fc.string({ unit: fc.constantFrom(...caseVariants("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "-", "*", ".", "1", "é"), maxLength: 200 });

describe("moleculeType", () => {
  it("calls DNA with IUPAC ambiguity codes nucleotide", () => {
    expect(moleculeType("ACGTRYACGTACGT")).toBe("dna");
    expect(moleculeType("RYRYSWKM")).toBe("dna");
    expect(moleculeType("acgtnnnnBDHV")).toBe("dna");
    expect(moleculeType("ACGUACGU")).toBe("rna");
    expect(moleculeType("ACGTXXXXACGT")).toBe("dna");
  });

  it("calls a sequence with enough letters that are no nucleotide code protein", () => {
    expect(moleculeType("MKVLLAAGHQWERTYIPASDFGHKLCVNM")).toBe("protein");
    expect(moleculeType("ACGTOOACGT")).toBe("protein");
    expect(moleculeType("ACGTXJ")).toBe("protein");
    expect(moleculeType("MKVLEEQWRPLIHSTF*")).toBe("protein");
  });

  it("is unknown without a deciding letter", () => {
    expect(moleculeType("")).toBe("unknown");
    expect(moleculeType("--*..")).toBe("unknown");
    expect(moleculeType("XXXX")).toBe("unknown");
  });

  it("property: nucleotide codes, X and symbols only → never protein; DNA/RNA exactly when a nucleotide code occurs", () => {
    fc.assert(
      fc.property(nucleotide, (s) => {
        const t = moleculeType(s);
        expect(t).not.toBe("protein");
        expect(t === "unknown").toBe(!/[ACGTURYSWKMBDHVN]/i.test(s));
        if (t !== "unknown") expect(t).toBe(/u/i.test(s) && !/t/i.test(s) ? "rna" : "dna");
      }),
    );
  });

  it("property: one letter of E F I J L O P Q Z makes a protein when it is at least 5% of the deciding letters, and firstProteinLetter finds it", () => {
    fc.assert(
      fc.property(nucleotide, proteinOnly, nucleotide, (before, letter, after) => {
        const s = before + letter + after;
        const codes = (before + after).replace(/[^ACGTURYSWKMBDHVN]/gi, "").length;
        expect(moleculeType(s)).toBe(20 >= 1 + codes ? "protein" : /u/i.test(s) && !/t/i.test(s) ? "rna" : "dna");
        expect(moleculeType(s)).toBe(moleculeTypeFromCounts(countMoleculeLetters(s)));
        expect(firstProteinLetter(s)).toBe(before.length);
      }),
    );
  });

  it("property: the rule on counts agrees with the rule on text", () => {
    fc.assert(fc.property(anyText, (s) => {
        expect(moleculeTypeFromCounts(countMoleculeLetters(s))).toBe(moleculeType(s));
      }));
  });

  it("property: case does not matter", () => {
    fc.assert(fc.property(anyText, (s) => {
        expect(moleculeType(s.toLowerCase())).toBe(moleculeType(s.toUpperCase()));
      }));
  });
});

describe("requireNucleotideRecord", () => {
  it("names the record, the letter and its position", () => {
    expect(() => requireNucleotideRecord({ id: "p1", sequence: "MKVLEEQWRPLIHSTF*" }, "motif search")).toThrow(
      `record "p1" looks like a protein sequence ('L' at position 4); motif search needs DNA or RNA`,
    );
    expect(() => requireNucleotideRecord({ id: "d", sequence: "ACGTNNacgu" }, "x")).not.toThrow();
    expect(() => requireNucleotideRecord({ id: "primer", sequence: "RYRYSWKM" }, "x")).not.toThrow();
    expect(() => requireNucleotideRecord({ id: "iu", sequence: "ACGTRYACGTACGT" }, "x")).not.toThrow();
  });
});

describe("a stray letter in a nucleotide sequence", () => {
  const genome = "ACGT".repeat(2500);
  const typo = `${genome.slice(0, 5000)}J${genome.slice(5001)}`;

  it("does not turn it into a protein", () => {
    expect(moleculeType(typo)).toBe("dna");
    expect(moleculeType("ACGTJZACGT")).toBe("protein"); // 2 of 10 deciding letters: 20%
    expect(moleculeType("MVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHF")).toBe("protein");
    expect(moleculeType("MKVLE")).toBe("protein");
  });

  it("is refused by the operations that need DNA, naming the letter and its position", () => {
    expect(() => requireNucleotideRecord({ id: "NC_005816.1", sequence: typo }, "translation")).toThrow(
      `record "NC_005816.1": 'J' at position 5001 is not an IUPAC nucleotide code (ACGTURYSWKMBDHVN); translation needs DNA or RNA`,
    );
    expect(() => requireNucleotideRecord({ id: "p", sequence: "MKVLE" }, "translation")).toThrow(`record "p" looks like a protein sequence ('L' at position 4)`);
  });
});
