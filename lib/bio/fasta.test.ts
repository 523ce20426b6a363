import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseFasta, splitTitle, summarizeFastaRecords, type FastaSummary } from "./fasta";
import { createFastaScanner } from "./fasta-scanner";
import { BioParseError } from "./parse-error";
import { gcPercent } from "./sequence";

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const text = (name: string): string => new TextDecoder().decode(fixture(name));
const md5 = (s: string): string => createHash("md5").update(s).digest("hex");

interface OracleRecord {
  id: string;
  header: string;
  length: number;
  md5_as_is: string;
  md5_upper: string;
  A?: number;
  C?: number;
  G?: number;
  T?: number;
  N?: number;
  gc_acgt_percent?: number;
  gc_all_percent?: number;
}
interface OracleFile {
  file: string;
  records: number;
  total_residues?: number;
  per_record?: OracleRecord[];
  all_records_gc?: { gc_acgt_percent: number; gc_all_percent: number; N: number };
}
const oracles = (JSON.parse(text("oracles/sequences.json")) as OracleFile[]).filter(
  (o) => !o.file.includes("/fastq/"),
);

function scan(bytes: Uint8Array, chunkSize: number): FastaSummary {
  const scanner = createFastaScanner();
  for (let off = 0; off < bytes.length; off += chunkSize) scanner.push(bytes.subarray(off, off + chunkSize));
  return scanner.end();
}

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("parseFasta against the oracle files", () => {
  it("covers every FASTA oracle file", () => {
    expect(oracles.map((o) => o.file.split("/").pop())).toEqual([
      "NC_005816.faa",
      "NC_005816.ffn",
      "NC_005816.fna",
      "blat_hg38_softmasked.fa",
      "f002_human_sts.fasta",
      "rose_crlf.pro",
      "sars-cov-2_MN908947.fasta",
      "wisteria_matK_crlf.nu",
    ]);
  });

  for (const oracle of oracles) {
    const name = oracle.file.split("/").pop()!;
    it(`${name}: ids, lengths, md5 and GC match`, () => {
      const records = parseFasta(text(name));
      expect(records).toHaveLength(oracle.records);
      const per = oracle.per_record ?? [];
      records.forEach((rec, i) => {
        const o = per[i]!;
        expect(rec.id).toBe(o.id);
        expect(rec.description).toBe(o.header.slice(o.id.length).trim());
        expect(rec.sequence.length).toBe(o.length);
        expect(md5(rec.sequence)).toBe(o.md5_as_is);
        expect(md5(rec.sequence.toUpperCase())).toBe(o.md5_upper);
        if (o.gc_acgt_percent !== undefined) {
          expect(gcPercent(rec.sequence, "acgt")!).toBeCloseTo(o.gc_acgt_percent, 4);
          expect(gcPercent(rec.sequence, "all")!).toBeCloseTo(o.gc_all_percent!, 4);
        }
      });
      if (oracle.total_residues !== undefined) {
        expect(records.reduce((s, r) => s + r.sequence.length, 0)).toBe(oracle.total_residues);
      }
    });

    it(`${name}: the streaming scanner agrees with the parser at several chunk sizes`, () => {
      const bytes = fixture(name);
      const expected = summarizeFastaRecords(parseFasta(text(name)));
      for (const chunk of [1, 2, 3, 7, 64, 4096, bytes.length]) expect(scan(bytes, chunk)).toEqual(expected);
      const all = oracle.all_records_gc;
      if (all !== undefined) {
        const s = expected;
        expect((100 * s.gcCount) / (s.gcCount + s.atCount)).toBeCloseTo(all.gc_acgt_percent, 4);
        expect((100 * s.gcCount) / s.totalLengthBp).toBeCloseTo(all.gc_all_percent, 4);
        expect(s.nCount).toBe(all.N);
      }
    });
  }

  it("keeps joined NCBI deflines in the description", () => {
    // The fixture spells the Ctrl-A separator as the two characters "^A".
    const [first] = parseFasta(text("f002_human_sts.fasta"));
    expect(first!.id).toBe("gi|1348912|gb|G26680|G26680");
    expect(first!.description).toBe("human STS STS_D11729.^Agi|1396336|gb|G27617|G27617 human STS SHGC-32648.");
  });

  it("does not treat Ctrl-A (0x01) as whitespace (NCBI nr defline separator)", () => {
    const input = ">gi|1|a\u0001gi|2|b desc\nAC\n";
    expect(parseFasta(input)[0]).toMatchObject({ id: "gi|1|a\u0001gi|2|b", description: "desc" });
    expect(scan(new TextEncoder().encode(input), 2).records[0]!.id).toBe("gi|1|a\u0001gi|2|b");
  });

  it("handles CRLF files and a missing final newline", () => {
    expect(fixture("wisteria_matK_crlf.nu").includes("\r\n")).toBe(true);
    expect(parseFasta(text("wisteria_matK_crlf.nu"))[0]!.sequence).not.toMatch(/\r/);
    const f002 = fixture("f002_human_sts.fasta");
    expect(f002[f002.length - 1]).not.toBe(10);
    expect(parseFasta(text("f002_human_sts.fasta"))[2]!.sequence.length).toBe(471);
  });

  it("honours maxRecords for previews", () => {
    expect(parseFasta(text("NC_005816.faa"), { maxRecords: 3 }).map((r) => r.id)).toHaveLength(3);
  });

  it("caps per-record stats but keeps totals", () => {
    const scanner = createFastaScanner({ maxRecords: 2 });
    scanner.push(fixture("NC_005816.ffn"));
    const s = scanner.end();
    expect(s.records).toHaveLength(2);
    expect(s.recordCount).toBe(10);
    expect(s.totalLengthBp).toBe(5814);
  });

  it("reports empty records with length 0", () => {
    const records = parseFasta(">a\n>b desc\nACGT\n>c\n");
    expect(records.map((r) => r.sequence.length)).toEqual([0, 4, 0]);
    const s = scan(new TextEncoder().encode(">a\n>b desc\nACGT\n>c\n"), 3);
    expect(s.emptyRecordCount).toBe(2);
    expect(s.records.map((r) => r.lengthBp)).toEqual([0, 4, 0]);
  });

  it("ignores blank lines, inner whitespace, lone CR endings and a BOM", () => {
    const input = "\uFEFF\n>x  first  record \r\rAC GT\tN\r\n\r\n>y\rac*-.";
    expect(parseFasta(input)).toEqual([
      { id: "x", description: "first  record", sequence: "ACGTN" },
      { id: "y", description: "", sequence: "ac*-." },
    ]);
    expect(scan(new TextEncoder().encode(input), 1)).toEqual(summarizeFastaRecords(parseFasta(input)));
  });

  it("splits titles on the first whitespace run", () => {
    expect(splitTitle("  id1\tsome  desc  ")).toEqual({ id: "id1", description: "some  desc" });
    expect(splitTitle("")).toEqual({ id: "", description: "" });
  });
});

describe("FASTA errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; column?: number }> = [
    { what: "sequence before the first header", input: "\nACGT\n>a\nAC\n", code: "missing_header", line: 2 },
    { what: "empty file", input: "", code: "empty_file", line: 1 },
    { what: "whitespace-only file", input: " \n\t\r\n", code: "empty_file", line: 1 },
    { what: "digit inside a sequence line", input: ">a\nACGT\nAC1GT\n", code: "invalid_sequence_char", line: 3, column: 3 },
    { what: "'>' not at line start", input: ">a\r\nAC>GT\r\n", code: "invalid_sequence_char", line: 2, column: 3 },
    { what: "non-ASCII residue after CR-only lines", input: ">a\rAC\rGTé\r", code: "invalid_sequence_char", line: 3, column: 3 },
    { what: "Pearson ';' comment line", input: ">a\n;comment\nACGT\n", code: "invalid_sequence_char", line: 2, column: 1 },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parseFasta(c.input));
      expect(e.code).toBe(c.code);
      expect(e.line).toBe(c.line);
      expect(e.column).toBe(c.column);
      expect(e.message).toMatch(new RegExp(`^FASTA line ${c.line}`));
      // The scanner reports exactly the same error, whatever the chunking.
      for (const size of [1, 5, 1000]) {
        const se = caught(() => scan(new TextEncoder().encode(c.input), size));
        expect({ code: se.code, line: se.line, column: se.column }).toEqual({ code: c.code, line: c.line, column: c.column });
      }
    });
  }

  it("names line and column in the message", () => {
    expect(caught(() => parseFasta(">a\nAC1GT\n")).message).toBe(
      "FASTA line 2, column 3: invalid character '1' in sequence (allowed: IUPAC nucleotide or protein letters, '*', '-', '.')",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

const fastaish = fc
  .array(
    fc.constantFrom(">", ">id desc", "ACGT", "acgtn", "NNN", "*-.", " ", "\t", "\n", "\r\n", "\r", "x1", ";", "é", "\uFEFF", "\u0001", "MKV"),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const chunking = fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 8 });

function scanWithSizes(bytes: Uint8Array, sizes: number[]): FastaSummary {
  const scanner = createFastaScanner({ maxRecords: 5 });
  let off = 0;
  let k = 0;
  while (off < bytes.length) {
    const size = sizes[k++ % sizes.length]!;
    scanner.push(bytes.subarray(off, off + size));
    off += size;
  }
  return scanner.end();
}

function outcome(fn: () => FastaSummary): { ok: FastaSummary } | { err: { code: string; line: number; column?: number } } {
  try {
    return { ok: fn() };
  } catch (e) {
    if (!(e instanceof BioParseError)) throw e;
    return { err: { code: e.code, line: e.line, ...(e.column !== undefined ? { column: e.column } : {}) } };
  }
}

describe("FASTA properties", () => {
  it("throws nothing but BioParseError on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fastaish), (input) => {
        try {
          parseFasta(input);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the scanner throws nothing but BioParseError on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), chunking, (bytes, sizes) => {
        try {
          scanWithSizes(bytes, sizes);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 300 },
    );
  });

  const residues = fc.string({ unit: fc.constantFrom(..."ACGTNRYacgtnMKV*-."), maxLength: 150 });
  const token = fc.string({ unit: fc.constantFrom(..."abcXYZ019_|.:\u0001é"), minLength: 1, maxLength: 12 });
  const record = fc.record({
    id: token,
    description: fc.option(fc.array(token, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")), { nil: "" }),
    sequence: residues,
  });

  it("round-trips generated records through any line width and line ending", () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (records, width, eol, finalNewline) => {
          let out = "";
          for (const r of records) {
            out += `>${r.id}${r.description ? ` ${r.description}` : ""}${eol}`;
            for (let i = 0; i < r.sequence.length; i += width) out += r.sequence.slice(i, i + width) + eol;
          }
          if (!finalNewline && out.endsWith(eol)) out = out.slice(0, -eol.length);
          expect(parseFasta(out)).toEqual(records);
          expect(scanWithSizes(new TextEncoder().encode(out), [width])).toEqual(summarizeFastaRecords(records, 5));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the scanner gives the parser's summary (or the same error) for any chunking", () => {
    fc.assert(
      fc.property(fastaish, chunking, (input, sizes) => {
        const bytes = new TextEncoder().encode(input);
        // ignoreBOM: leave BOM handling to the parser, as the scanner handles it itself.
        const decoded = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        const viaParser = outcome(() => summarizeFastaRecords(parseFasta(decoded), 5));
        const viaScanner = outcome(() => scanWithSizes(bytes, sizes));
        expect(viaScanner).toEqual(viaParser);
      }),
      { numRuns: 400 },
    );
  });
});
