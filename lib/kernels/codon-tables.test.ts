import { describe, expect, it } from "vitest";
import { GENETIC_CODES } from "@/lib/bio/genetic-codes";
import { isStartCodon, translate } from "@/lib/bio/translate";
import { assertGeneticCode, CODON_TABLE_BYTES, packCodonTable, START_FLAG } from "./codon-tables";

const IUPAC = "TCAGRYSWKMBDHVN";
const MASK: Record<string, number> = { T: 1, C: 2, A: 4, G: 8, R: 12, Y: 3, S: 10, W: 5, K: 9, M: 6, B: 11, D: 13, H: 7, V: 14, N: 15 };

describe("packed codon tables", () => {
  it("resolve every IUPAC codon of every table as the reference does", () => {
    // 25 tables × 3,375 codons: collect mismatches and compare once (one expect per codon is slow).
    const mismatches: string[] = [];
    for (const id of GENETIC_CODES.keys()) {
      const table = packCodonTable(id);
      expect(table.length).toBe(CODON_TABLE_BYTES);
      for (const a of IUPAC) for (const b of IUPAC) for (const c of IUPAC) {
        const codon = a + b + c;
        const v = table[(MASK[a]! << 8) | (MASK[b]! << 4) | MASK[c]!]!;
        const aa = String.fromCharCode(v & 0x7f);
        const expected = translate(codon, { table: id });
        if (aa !== expected) mismatches.push(`table ${id} ${codon}: ${aa} ≠ ${expected}`);
        if ((v & START_FLAG) !== 0 !== isStartCodon(codon, id)) mismatches.push(`table ${id} ${codon}: start flag`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  it("read a codon with a non-nucleotide letter as X, never a start", () => {
    const table = packCodonTable(1);
    for (let i = 0; i < CODON_TABLE_BYTES; i++) {
      if ((i & 0xf00) === 0 || (i & 0xf0) === 0 || (i & 0xf) === 0) expect(table[i]).toBe(0x58);
    }
  });

  it("reject unknown table ids, listing the valid ones", () => {
    expect(() => assertGeneticCode(7)).toThrow("unknown genetic code table 7; valid tables: 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33");
    expect(() => packCodonTable(0)).toThrow(RangeError);
  });
});
