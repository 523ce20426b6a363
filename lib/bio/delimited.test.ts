import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { DELIMITERS, parseDelimited, sniffDelimiter, type Delimiter } from "./delimited";
import { BioParseError } from "./parse-error";

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("parseDelimited on real tables", () => {
  it("penguins.csv: 344 rows, 8 columns, species counts and body mass mean", () => {
    const t = parseDelimited(text("penguins.csv"));
    expect(t.delimiter).toBe(",");
    expect(t.header).toEqual(["species", "island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex", "year"]);
    expect(t.rowCount).toBe(344);
    const species: Record<string, number> = {};
    for (const r of t.rows) species[r[0]!] = (species[r[0]!] ?? 0) + 1;
    expect(species).toEqual({ Adelie: 152, Gentoo: 124, Chinstrap: 68 });
    const mass = t.rows.map((r) => r[5]!).filter((v) => v !== "NA").map(Number);
    expect(mass).toHaveLength(342);
    expect(mass.reduce((a, b) => a + b, 0) / mass.length).toBeCloseTo(4201.7544, 4);
  });

  it("penguins_raw.csv: 17 columns with quoted commas", () => {
    const t = parseDelimited(text("penguins_raw.csv"), { maxRows: 5 });
    expect(t.header).toHaveLength(17);
    expect(t.rowCount).toBe(344);
    expect(t.rows).toHaveLength(5);
    expect(t.rows[0]![5]).toBe("Adult, 1 Egg Stage");
    expect(t.rows[0]![16]).toBe("Not enough blood for isotopes.");
  });

  it("handles BOM, CRLF, quoted newlines and escaped quotes (RFC 4180 section 2)", () => {
    const t = parseDelimited('\uFEFFa,b\r\n"x, ""y""","line1\r\nline2"\r\n\r\n1,\r\n');
    expect(t.header).toEqual(["a", "b"]);
    expect(t.rows).toEqual([
      ['x, "y"', "line1\r\nline2"],
      ["1", ""],
    ]);
  });

  it("sniffs tab, semicolon and pipe", () => {
    expect(parseDelimited("a\tb\tc\n1\t2\t3\n").delimiter).toBe("\t");
    expect(parseDelimited("a;b\n1,5;2,5\n").delimiter).toBe(";");
    expect(parseDelimited("a|b\n1|2\n").rows).toEqual([["1", "2"]]);
    expect(sniffDelimiter('"a,b";c\n"1,2";3\n')).toBe(";");
    expect(sniffDelimiter("single\ncolumn\n")).toBe(",");
  });
});

describe("delimited errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; format: string; delimiter?: Delimiter }> = [
    { what: "short row", input: "a,b,c\n1,2,3\n4,5\n", code: "column_count_mismatch", line: 3, format: "csv" },
    { what: "long row after a multi-line field", input: 'a,b\n"x\ny",2\n1,2,3\n', code: "column_count_mismatch", line: 4, format: "csv" },
    { what: "unterminated quote (reported where it opened)", input: 'a,b\n1,"open\n2,3\n', code: "unterminated_quote", line: 2, format: "csv" },
    { what: "TSV mismatch", input: "a\tb\n1\t2\t3\n", code: "column_count_mismatch", line: 2, format: "tsv", delimiter: "\t" },
    { what: "empty input", input: "\r\n\r\n", code: "empty_file", line: 1, format: "csv" },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parseDelimited(c.input, c.delimiter ? { delimiter: c.delimiter } : {}));
      expect({ code: e.code, line: e.line, format: e.format }).toEqual({ code: c.code, line: c.line, format: c.format });
    });
  }

  it("states both field counts", () => {
    expect(caught(() => parseDelimited("a,b,c\n1,2\n")).message).toBe("CSV line 2: row has 2 fields but the header has 3");
  });
});

function quote(v: string, d: Delimiter, always: boolean): string {
  return always || v.includes(d) || /["\r\n]/.test(v) || v === "" ? `"${v.replace(/"/g, '""')}"` : v;
}

describe("delimited properties", () => {
  it("throws nothing but BioParseError on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", "\t", ";", "|", '"', "\n", "\r", " ") }), (s) => {
        try {
          parseDelimited(s);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("round-trips any table through quoting, CRLF/LF and an optional final newline", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DELIMITERS),
        fc.integer({ min: 2, max: 5 }).chain((w) =>
          fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", "1", " ", ",", "\t", ";", "|", '"', "\n", "\r\n", "é") , maxLength: 6 }), { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 }),
        ),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.boolean(),
        (d, table, eol, always, finalNewline) => {
          const body = table.map((r) => r.map((v) => quote(v, d, always)).join(d)).join(eol) + (finalNewline ? eol : "");
          const t = parseDelimited(body, { delimiter: d });
          expect([t.header, ...t.rows]).toEqual(table);
          expect(t.rowCount).toBe(table.length - 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("sniffs the delimiter of any plain table with at least two columns", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DELIMITERS),
        fc.integer({ min: 2, max: 6 }).chain((w) => fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", "b", "1", "."), minLength: 1, maxLength: 5 }), { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 })),
        (d, table) => {
          expect(sniffDelimiter(table.map((r) => r.join(d)).join("\n"))).toBe(d);
        },
      ),
      { numRuns: 200 },
    );
  });
});
