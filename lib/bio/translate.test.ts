import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parseFasta } from "./fasta";
import { GENETIC_CODES, getGeneticCode } from "./genetic-codes";
import { isStartCodon, isStopCodon, translate } from "./translate";

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

interface DerivedTranslation {
  kind: "translation";
  record_id: string;
  table: number;
  protein: string;
  ends_with_stop: boolean;
  plain_table1_translation_first_aa: string;
}
const derived = (JSON.parse(text("oracles/derived.json")) as Array<{ kind: string }>).filter(
  (d): d is DerivedTranslation => d.kind === "translation",
);

describe("translate", () => {
  it("translates every NC_005816 CDS (.ffn) to its NCBI protein (.faa) with table 11 in CDS mode", () => {
    const cds = parseFasta(text("NC_005816.ffn"));
    const proteins = parseFasta(text("NC_005816.faa"));
    expect(derived).toHaveLength(10);
    cds.forEach((rec, i) => {
      const protein = translate(rec.sequence, { table: 11, cds: true });
      const exp = derived.find((d) => d.record_id === rec.id)!;
      expect(protein.endsWith("*")).toBe(exp.ends_with_stop);
      expect(protein.replace(/\*$/, "")).toBe(exp.protein);
      expect(protein.replace(/\*$/, "")).toBe(proteins[i]!.sequence);
      // Without CDS mode the alternative start codons (GTG, TTG) read as V / L.
      expect(translate(rec.sequence.slice(0, 3))).toBe(exp.plain_table1_translation_first_aa);
    });
  });

  it("translates the SARS-CoV-2 E protein from the genome (CDS 26245..26472, table 1)", () => {
    const [genome] = parseFasta(text("sars-cov-2_MN908947.fasta"));
    expect(translate(genome!.sequence.slice(26244, 26472), { cds: true, toStop: true })).toBe(
      "MYSFVSEETGTLIVNSVLLFLAFVVFLLVTLAILTALRLCAYCCNIVNVSLVKPSFYVYSRVKNLNSSRVPDLLV",
    );
  });

  it("resolves ambiguity codes only when all expansions agree", () => {
    expect(translate("GCNTAYYTRTARNNNRAY")).toBe("AYL*XX");
    expect(translate("---")).toBe("-");
    expect(translate("AC")).toBe("");
    expect(translate("augUUUuaa")).toBe("MF*");
  });

  it("uses the table's start codons only in CDS mode, and only for the first codon", () => {
    expect(translate("GTGGTG", { table: 11, cds: true })).toBe("MV");
    expect(translate("GTGGTG", { table: 1, cds: true })).toBe("VV");
    expect(translate("TTGAAA", { table: 1, cds: true })).toBe("MK");
    expect(isStartCodon("ATT", 11)).toBe(true);
    expect(isStartCodon("ATT", 1)).toBe(false);
    expect(isStopCodon("TGA", 1)).toBe(true);
    expect(isStopCodon("TGA", 2)).toBe(false);
    expect(translate("AGA", { table: 2 })).toBe("*");
  });

  it("stops at the first stop codon when asked", () => {
    expect(translate("ATGAAATAGCCC", { toStop: true })).toBe("MK");
  });

  it("rejects unknown tables", () => {
    expect(() => translate("ATG", { table: 7 })).toThrow(RangeError);
    expect(() => getGeneticCode(99)).toThrow(/unknown NCBI genetic code 99/);
  });

  it("registry tables are well formed", () => {
    for (const code of GENETIC_CODES.values()) {
      expect(code.aminoAcids).toMatch(/^[A-Z*]{64}$/);
      expect(code.starts).toMatch(/^[-M*]{64}$/);
    }
    expect(GENETIC_CODES.get(11)!.aminoAcids).toBe(GENETIC_CODES.get(1)!.aminoAcids);
  });

  it("property: one residue per complete codon; U reads as T", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ACGTNacgtRY"), maxLength: 90 }), fc.constantFrom(...GENETIC_CODES.keys()), (seq, table) => {
        const p = translate(seq, { table });
        expect(p.length).toBe(Math.floor(seq.length / 3));
        expect(translate(seq.replace(/T/g, "U").replace(/t/g, "u"), { table })).toBe(p);
      }),
      { numRuns: 200 },
    );
  });
});
