import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { encodeQuality, meanPhred, parseFastq, summarizeFastqRecords, type FastqRecord, type FastqSummary, type PhredOffset } from "./fastq";
import { createFastqScanner } from "./fastq-scanner";
import { BioParseError } from "./parse-error";

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const fixtureText = (name: string): string => {
  const bytes = name.endsWith(".gz") ? gunzipSync(fixture(name)) : fixture(name);
  return new TextDecoder().decode(bytes);
};

interface OracleRead {
  id: string;
  length: number;
  seq: string;
  phred: number[];
  mean_phred: number;
}
interface OracleFastq {
  file: string;
  records: number;
  total_bases: number;
  min_length: number;
  max_length: number;
  phred_offset: PhredOffset;
  phred_min: number;
  phred_max: number;
  mean_phred_over_all_bases: number;
  gc_acgt_percent_all_reads: number;
  N_bases: number;
  first_id: string;
  last_id: string;
  per_record?: OracleRead[];
  first_record?: { id: string; seq: string; qual: string };
  last_record?: { id: string; seq: string; qual: string };
}
const oracles = (JSON.parse(fixtureText("oracles/sequences.json")) as OracleFastq[]).filter((o) => o.file.includes("/fastq/"));

function scan(bytes: Uint8Array, chunkSizes: number[], offset?: PhredOffset, maxRecords = 1000): FastqSummary {
  const scanner = createFastqScanner({ ...(offset ? { phredOffset: offset } : {}), maxRecords });
  let off = 0;
  let k = 0;
  while (off < bytes.length) {
    const size = chunkSizes[k++ % chunkSizes.length]!;
    scanner.push(bytes.subarray(off, off + size));
    off += size;
  }
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

describe("parseFastq against the oracle files", () => {
  it("covers every FASTQ oracle file", () => expect(oracles).toHaveLength(7));

  for (const o of oracles) {
    const name = o.file.split("/").pop()!;
    const opts = o.phred_offset === 64 ? { phredOffset: 64 as const } : {};
    it(`${name}: counts, lengths, qualities and GC match`, () => {
      const records = parseFastq(fixtureText(name), opts);
      expect(records).toHaveLength(o.records);
      expect(records[0]!.id).toBe(o.first_id);
      expect(records.at(-1)!.id).toBe(o.last_id);
      const all = records.flatMap((r) => Array.from(r.quality));
      expect(all.length).toBe(o.total_bases);
      expect(all.reduce((a, b) => Math.min(a, b), 255)).toBe(o.phred_min);
      expect(all.reduce((a, b) => Math.max(a, b), 0)).toBe(o.phred_max);
      expect(all.reduce((a, b) => a + b, 0) / all.length).toBeCloseTo(o.mean_phred_over_all_bases, 4);
      for (const [i, read] of (o.per_record ?? []).entries()) {
        const r = records[i]!;
        expect(r.id).toBe(read.id);
        expect(r.sequence).toBe(read.seq);
        expect(Array.from(r.quality)).toEqual(read.phred);
        expect(meanPhred(r.quality)!).toBeCloseTo(read.mean_phred, 4);
      }
      if (o.first_record) {
        expect(records[0]!.sequence).toBe(o.first_record.seq);
        expect(encodeQuality(records[0]!.quality)).toBe(o.first_record.qual);
        expect(encodeQuality(records.at(-1)!.quality)).toBe(o.last_record!.qual);
      }
    });

    it(`${name}: the streaming scanner gives the oracle totals at any chunking`, () => {
      const bytes = name.endsWith(".gz") ? gunzipSync(fixture(name)) : fixture(name);
      const expected = summarizeFastqRecords(parseFastq(fixtureText(name), opts), o.phred_offset);
      // Tiny chunks only for the small files, to keep the suite fast.
      for (const sizes of bytes.length > 100_000 ? [[65521]] : [[1], [3, 7], [65536]]) {
        const s = scan(bytes, sizes, opts.phredOffset);
        expect(s).toEqual(expected);
        expect(s.recordCount).toBe(o.records);
        expect(s.totalLengthBp).toBe(o.total_bases);
        expect(s.minLengthBp).toBe(o.min_length);
        expect(s.maxLengthBp).toBe(o.max_length);
        expect(s.phredOffset).toBe(o.phred_offset);
        expect(s.minQuality).toBe(o.phred_min);
        expect(s.maxQuality).toBe(o.phred_max);
        expect(s.meanQuality!).toBeCloseTo(o.mean_phred_over_all_bases, 4);
        expect((100 * s.gcCount) / (s.gcCount + s.atCount)).toBeCloseTo(o.gc_acgt_percent_all_reads, 4);
        expect(s.nCount).toBe(o.N_bases);
      }
    });
  }

  it("rejects Phred+64 input unless asked for it (Illumina 1.3-1.7)", () => {
    const e = caught(() => parseFastq(fixtureText("illumina_full_range_original_illumina.fastq")));
    expect(e.code).toBe("phred64_detected");
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/declare the Phred\+64 encoding if that is what the file uses \(CLI: --phred-offset 64\), or Phred\+33 .*--phred-offset 33\)$/);
    expect(e.message).not.toMatch(/phredOffset/);
    expect(caught(() => scan(fixture("illumina_full_range_original_illumina.fastq"), [10])).code).toBe("phred64_detected");
  });

  it("accepts '+' lines that repeat the title and quality lines starting with '@' or '+'", () => {
    const records = parseFastq(fixtureText("tricky.fastq"));
    expect(records.map((r) => r.sequence.length)).toEqual([36, 36, 36, 36]);
    const wrapped = parseFastq(fixtureText("wrapping_original_sanger.fastq"));
    expect(wrapped.map((r) => r.sequence.length)).toEqual([135, 131, 144]);
  });

  it("handles CRLF files identically", () => {
    expect(parseFastq(fixtureText("example_dos.fastq"))).toEqual(parseFastq(fixtureText("example.fastq")));
  });

  it("stops at maxRecords", () => {
    expect(parseFastq(fixtureText("tricky.fastq"), { maxRecords: 2 })).toHaveLength(2);
  });

  it("allows zero-length reads", () => {
    const recs = parseFastq("@empty\n\n+\n\n@r2\nAC\n+\nII\n");
    expect(recs.map((r) => [r.id, r.sequence, r.quality.length])).toEqual([["empty", "", 0], ["r2", "AC", 2]]);
  });
});

describe("FASTQ errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; column?: number }> = [
    { what: "record without '@'", input: "@r1\nACGT\n+\nIIII\nr2\nACGT\n+\nIIII\n", code: "missing_header", line: 5 },
    { what: "missing '+' before the next record", input: "@r1\nACGT\n@r2\nACGT\n+\nIIII\n", code: "missing_separator", line: 3 },
    { what: "quality shorter than sequence at EOF", input: "@r1\nACGTA\n+\nIIII\n", code: "quality_length_mismatch", line: 4 },
    { what: "quality longer than sequence", input: "@r1\nACGT\n+\nIIIII\n", code: "quality_length_mismatch", line: 4 },
    { what: "short quality followed by a new record", input: "@r1\nACGTA\n+\nIIII\n@r2\nA\n+\nI\n", code: "quality_length_mismatch", line: 4 },
    { what: "file ends after the title", input: "@r1\nACGT\n+\nIIII\n@r2\nAC", code: "truncated_record", line: 6 },
    { what: "file ends after '+'", input: "@r1\nACGT\n+\n", code: "truncated_record", line: 3 },
    { what: "quality character outside 33..126", input: "@r1\nACGT\n+\nII I\n", code: "invalid_quality_char", line: 4, column: 3 },
    { what: "DEL after valid low qualities", input: "@r1\nACGT\n+\n#5\u007fI\n", code: "invalid_quality_char", line: 4, column: 3 },
    { what: "'+' line with a different title", input: "@r1\nACGT\n+r2\nIIII\n", code: "separator_title_mismatch", line: 3 },
    { what: "digit in sequence", input: "@r1\r\nAC1T\r\n+\r\nIIII\r\n", code: "invalid_sequence_char", line: 2, column: 3 },
    { what: "empty input", input: "\n\n", code: "empty_file", line: 1 },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parseFastq(c.input));
      expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: c.code, line: c.line, column: c.column });
      const se = caught(() => scan(new TextEncoder().encode(c.input), [2]));
      expect({ code: se.code, line: se.line, column: se.column }).toEqual({ code: c.code, line: c.line, column: c.column });
    });
  }

  it("uses the documented message form", () => {
    const input = "@r1\nACGTACGTACGTACGTACGTACGTA\n+\nIIIIIIIIIIIIIIIIIIIIIIII\n";
    expect(caught(() => parseFastq(input)).message).toBe(
      "FASTQ line 4: quality length 24 does not match sequence length 25 (record 'r1', line 1)",
    );
  });

  it("rejects characters below '@' when Phred+64 is requested", () => {
    const e = caught(() => parseFastq("@r\nAC\n+\nh5\n", { phredOffset: 64 }));
    expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: "invalid_quality_char", line: 4, column: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

const fastqish = fc
  .array(fc.constantFrom("@", "@r1 d", "+", "+r1 d", "ACGT", "acgn", "IIII", "#5?", "hij", "\n", "\r\n", "\r", " ", "é", "\uFEFF"), { maxLength: 40 })
  .map((p) => p.join(""));

function outcome(fn: () => FastqSummary): { ok: FastqSummary } | { err: { code: string; line: number; column?: number } } {
  try {
    return { ok: fn() };
  } catch (e) {
    if (!(e instanceof BioParseError)) throw e;
    return { err: { code: e.code, line: e.line, ...(e.column !== undefined ? { column: e.column } : {}) } };
  }
}

describe("FASTQ properties", () => {
  it("throws nothing but BioParseError on arbitrary text and bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fastqish), (input) => {
        try {
          parseFastq(input);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (bytes, size) => {
        try {
          scan(bytes, [size]);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 200 },
    );
  });

  const read = (maxQ: number): fc.Arbitrary<FastqRecord> =>
    fc
      .record({
        id: fc.string({ unit: fc.constantFrom(..."abcXYZ019_:./|"), minLength: 1, maxLength: 10 }),
        description: fc.option(fc.string({ unit: fc.constantFrom(..."abc =1"), minLength: 1, maxLength: 8 }).map((s) => s.trim()), { nil: "" }),
        sequence: fc.string({ unit: fc.constantFrom(..."ACGTNacgtn"), maxLength: 120 }),
      })
      .chain((r) =>
        fc.uint8Array({ min: 0, max: maxQ, minLength: r.sequence.length, maxLength: r.sequence.length }).map((quality) => ({
          id: r.id,
          description: r.description.includes(" ") || r.description === "" ? r.description.replace(/\s+/g, "_") : r.description,
          sequence: r.sequence,
          quality,
        })),
      );

  function serialise(records: FastqRecord[], width: number, eol: string, repeatTitle: boolean, finalNewline: boolean, offset: PhredOffset): string {
    let out = "";
    for (const r of records) {
      const title = r.description ? `${r.id} ${r.description}` : r.id;
      out += `@${title}${eol}`;
      for (let i = 0; i < r.sequence.length; i += width) out += r.sequence.slice(i, i + width) + eol;
      out += `+${repeatTitle ? title : ""}${eol}`;
      const q = encodeQuality(r.quality, offset);
      for (let i = 0; i < q.length; i += width) out += q.slice(i, i + width) + eol;
    }
    return finalNewline ? out : out.slice(0, out.length - eol.length);
  }

  for (const offset of [33, 64] as const) {
    it(`round-trips generated reads (Phred+${offset}, wrapped, any line ending)`, () => {
      fc.assert(
        fc.property(
          fc.array(read(offset === 33 ? 93 : 62), { minLength: 1, maxLength: 5 }),
          fc.integer({ min: 1, max: 70 }),
          fc.constantFrom("\n", "\r\n", "\r"),
          fc.boolean(),
          fc.boolean(),
          (records, width, eol, repeatTitle, finalNewline) => {
            const text = serialise(records, width, eol, repeatTitle, finalNewline, offset);
            expect(parseFastq(text, { phredOffset: offset })).toEqual(records);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("the scanner gives the parser's summary (or the same error) for any chunking", () => {
    fc.assert(
      fc.property(fastqish, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), (input, sizes) => {
        const bytes = new TextEncoder().encode(input);
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        const viaParser = outcome(() => {
          const records = parseFastq(text);
          return summarizeFastqRecords(records, 33, 3);
        });
        expect(outcome(() => scan(bytes, sizes, undefined, 3))).toEqual(viaParser);
      }),
      { numRuns: 500 },
    );
  });
});
