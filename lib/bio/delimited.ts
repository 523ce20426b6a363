/**
 * CSV/TSV parsing per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields may be quoted
 * with `"`, a quote inside a quoted field is written `""`, and quoted fields may contain the
 * delimiter and line breaks. Also accepts LF or lone CR line endings, a UTF-8 BOM, and the
 * delimiters `\t`, `;` and `|` (sniffed from the first lines when not given).
 */

import { BioParseError, type BioFormat } from "./parse-error";
import { stripBom } from "./lines";

/** Supported field delimiters. */
export type Delimiter = "," | "\t" | ";" | "|";

/** Candidate delimiters in tie-break order. */
export const DELIMITERS: readonly Delimiter[] = [",", "\t", ";", "|"];

/** A parsed table. */
export interface DelimitedTable {
  delimiter: Delimiter;
  /** Column names (empty when parsed with `header: false`). */
  header: string[];
  /** Data rows (at most `maxRows`). */
  rows: string[][];
  /** Number of data rows in the whole input. */
  rowCount: number;
}

/** Options for {@link parseDelimited}. */
export interface ParseDelimitedOptions {
  /** Field delimiter; sniffed from the first lines when omitted. */
  delimiter?: Delimiter;
  /** Whether the first row is a header (default true). */
  header?: boolean;
  /** Keep at most this many data rows (all rows are still validated and counted). */
  maxRows?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface RecordCallback {
  (fields: string[], startLine: number): boolean | void;
}

/**
 * Walk `text` record by record. Returns normally at the end of input, or early when `onRecord`
 * returns true. Blank lines (outside quotes) are skipped.
 */
function readRecords(text: string, delimiter: Delimiter, format: BioFormat, onRecord: RecordCallback, tolerateOpenQuote = false): void {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let atRecordEnd = false;
    // Blank line: skip.
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    while (!atRecordEnd) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to a quote not followed by another quote.
        const quoteLine = line;
        i++;
        let closed = false;
        let segStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              field += text.slice(segStart, i + 1);
              i += 2;
              segStart = i;
              continue;
            }
            field += text.slice(segStart, i);
            i++;
            closed = true;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        if (!closed) {
          if (tolerateOpenQuote) return;
          throw new BioParseError(format, "unterminated_quote", { line: quoteLine }, "quoted field is never closed");
        }
      }
      // Unquoted part (or text after a closing quote, kept literally as most readers do).
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      field += text.slice(start, i);
      fields.push(field);
      field = "";
      if (i >= n) {
        atRecordEnd = true;
      } else {
        const c = text.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= n) {
            fields.push("");
            atRecordEnd = true;
          }
        } else {
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
          atRecordEnd = true;
        }
      }
    }
    if (onRecord(fields, startLine) === true) return;
  }
}

/** Count fields per record of the first lines for one delimiter (unterminated quotes end the sample). */
function fieldCounts(sample: string, delimiter: Delimiter, maxRecords: number): number[] {
  const counts: number[] = [];
  readRecords(
    sample,
    delimiter,
    "csv",
    (fields) => {
      counts.push(fields.length);
      return counts.length >= maxRecords;
    },
    true,
  );
  return counts;
}

/** The sample the sniffer looks at: the first 64 KB, without a cut-off last line. */
function sniffSample(text: string): string {
  const sample = stripBom(text).slice(0, 65536);
  return text.length > 65536 ? sample.slice(0, Math.max(sample.lastIndexOf("\n"), 0)) : sample;
}

/**
 * Delimiters that split every one of the first `sampleLines` records (quotes respected) into
 * the same number of fields, at least two; with that field count, in tie-break order.
 */
export function consistentDelimiters(text: string, sampleLines = 20): Array<{ delimiter: Delimiter; fields: number }> {
  const sample = sniffSample(text);
  const out: Array<{ delimiter: Delimiter; fields: number }> = [];
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter, sampleLines);
    const first = counts[0];
    if (first !== undefined && first >= 2 && counts.every((c) => c === first)) out.push({ delimiter, fields: first });
  }
  return out;
}

/**
 * Guess the delimiter from the first lines: among {@link consistentDelimiters} the one giving
 * the most fields; otherwise the candidate occurring most often in the first line; `,` when
 * nothing matches.
 */
export function sniffDelimiter(text: string, sampleLines = 20): Delimiter {
  let best: { delimiter: Delimiter; fields: number } | null = null;
  for (const c of consistentDelimiters(text, sampleLines)) if (best === null || c.fields > best.fields) best = c;
  if (best !== null) return best.delimiter;
  const firstLine = sniffSample(text).split(/\r\n|\r|\n/, 1)[0] ?? "";
  let fallback: Delimiter = ",";
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const k = firstLine.split(delimiter).length - 1;
    if (k > most) {
      most = k;
      fallback = delimiter;
    }
  }
  return fallback;
}

/** Parse CSV/TSV text. Throws {@link BioParseError} (format "csv" or "tsv") on malformed input. */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): DelimitedTable {
  const body = stripBom(text);
  const delimiter = options.delimiter ?? sniffDelimiter(body);
  const format: BioFormat = delimiter === "\t" ? "tsv" : "csv";
  const useHeader = options.header ?? true;
  const maxRows = options.maxRows ?? Infinity;
  let header: string[] | null = null;
  let width = -1;
  const rows: string[][] = [];
  let rowCount = 0;
  readRecords(body, delimiter, format, (fields, line) => {
    if (width === -1) {
      width = fields.length;
      if (useHeader) {
        header = fields;
        return;
      }
    }
    if (fields.length !== width) {
      throw new BioParseError(
        format,
        "column_count_mismatch",
        { line },
        `row has ${fields.length} field${fields.length === 1 ? "" : "s"} but ${useHeader ? "the header has" : "the first row has"} ${width}`,
      );
    }
    rowCount++;
    if (rows.length < maxRows) rows.push(fields);
  });
  if (width === -1) throw new BioParseError(format, "empty_file", { line: 1 }, "no rows found (empty file)");
  return { delimiter, header: header ?? [], rows, rowCount };
}
