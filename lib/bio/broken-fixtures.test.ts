import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { parseDelimited } from "./delimited";
import { parseFasta } from "./fasta";
import { createFastaScanner } from "./fasta-scanner";
import { parseFastq } from "./fastq";
import { parseGenBank } from "./genbank";
import { parseMmcif } from "./mmcif";
import { BioParseError } from "./parse-error";
import { parsePdb } from "./pdb";

// Real fixtures with one defect each; see fixtures/broken/README.md.
const broken = (name: string): string => readFileSync(new URL(`./fixtures/broken/${name}`, import.meta.url), "utf8");

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("broken real files", () => {
  const cases: Array<{ file: string; parse: (t: string) => unknown; code: string; line: number; column?: number }> = [
    { file: "example_short_quality.fastq", parse: parseFastq, code: "quality_length_mismatch", line: 12 },
    { file: "1crn_letter_in_coordinate.pdb", parse: parsePdb, code: "bad_coordinate", line: 285, column: 31 },
    { file: "1CRN_unclosed_text_field.cif", parse: parseMmcif, code: "unterminated_text_field", line: 1003 },
    { file: "penguins_short_row.csv", parse: parseDelimited, code: "column_count_mismatch", line: 7 },
    { file: "NC_005816_short_origin.gb", parse: parseGenBank, code: "origin_length_mismatch", line: 529 },
    { file: "f002_sequence_before_header.fasta", parse: parseFasta, code: "missing_header", line: 2 },
  ];
  for (const c of cases) {
    it(`${c.file} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => c.parse(broken(c.file)));
      expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: c.code, line: c.line, column: c.column });
    });
  }

  it("the FASTA scanner reports the same error for the broken FASTA", () => {
    const scanner = createFastaScanner();
    const e = caught(() => {
      scanner.push(new TextEncoder().encode(broken("f002_sequence_before_header.fasta")));
      scanner.end();
    });
    expect([e.code, e.line]).toEqual(["missing_header", 2]);
  });
});
