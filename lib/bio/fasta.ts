/**
 * FASTA parsing for previews (whole records in memory). For large files use
 * `createFastaScanner` from ./fasta-scanner, which keeps only per-record statistics.
 *
 * Conventions (NCBI FASTA, https://www.ncbi.nlm.nih.gov/genbank/fastaformat/): a record starts
 * with `>`; the id is the first whitespace-delimited token of the header and the description is
 * the rest (NCBI joins several deflines with Ctrl-A, 0x01, which is *not* whitespace); the
 * sequence is every non-whitespace character of the following lines; blank lines are ignored.
 */

import { BioParseError, describeChar } from "./parse-error";
import { LineReader, isBlank } from "./lines";
import { n50 } from "./sequence";

/** One FASTA record. */
export interface FastaRecord {
  id: string;
  description: string;
  sequence: string;
}

/** Options for {@link parseFasta}. */
export interface ParseFastaOptions {
  /** Stop after this many records (for previews); later input is not read or validated. */
  maxRecords?: number;
}

/** Per-record composition statistics (shared by the parser summary and the streaming scanner). */
export interface FastaRecordStats {
  id: string;
  description: string;
  lengthBp: number;
  /** G + C (case-insensitive). */
  gcCount: number;
  /** A + T + U (case-insensitive). */
  atCount: number;
  nCount: number;
  /** Other IUPAC codes, protein letters, gaps and stop symbols. */
  otherCount: number;
}

/** Whole-file FASTA statistics; `records` holds at most `maxRecords` entries, the totals cover all. */
export interface FastaSummary {
  records: FastaRecordStats[];
  recordCount: number;
  /** Records whose header is followed by no sequence (reported, not rejected). */
  emptyRecordCount: number;
  totalLengthBp: number;
  gcCount: number;
  atCount: number;
  nCount: number;
  otherCount: number;
  minLengthBp: number;
  maxLengthBp: number;
  n50: number;
}

/** Default cap on per-record entries kept in a {@link FastaSummary}. */
export const DEFAULT_MAX_RECORD_STATS = 1000;

/** Character classes of sequence text (values of {@link SEQ_CLASS}); shared with the byte-level scanner. */
export const SeqClass = { Other: 0, Gc: 1, At: 2, N: 3, Space: 4, Cr: 5, Invalid: 6 } as const;

/**
 * 256-entry class table for sequence bytes/characters: letters (IUPAC nucleotide and protein
 * codes, either case), `*` (stop), `-` and `.` (gaps) are residues; space, tab, VT and FF are
 * ignored; CR ends a line; everything else is invalid.
 */
export const SEQ_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(256).fill(SeqClass.Invalid);
  for (let c = 65; c <= 90; c++) {
    t[c] = SeqClass.Other;
    t[c + 32] = SeqClass.Other;
  }
  for (const ch of "GCgc") t[ch.charCodeAt(0)] = SeqClass.Gc;
  for (const ch of "ATUatu") t[ch.charCodeAt(0)] = SeqClass.At;
  for (const ch of "Nn") t[ch.charCodeAt(0)] = SeqClass.N;
  for (const ch of "*-.") t[ch.charCodeAt(0)] = SeqClass.Other;
  for (const code of [32, 9, 11, 12]) t[code] = SeqClass.Space;
  t[13] = SeqClass.Cr;
  return t;
})();

/** Split a header (without `>`) into the id (first whitespace-delimited token) and the description. */
export function splitTitle(title: string): { id: string; description: string } {
  const trimmed = title.replace(/^[ \t\v\f]+/, "").replace(/[ \t\v\f]+$/, "");
  const m = /[ \t\v\f]/.exec(trimmed);
  if (m === null) return { id: trimmed, description: "" };
  return { id: trimmed.slice(0, m.index), description: trimmed.slice(m.index).replace(/^[ \t\v\f]+/, "") };
}

/** Describe an invalid sequence character the same way for text and byte input. */
export function invalidSequenceCharDetail(code: number): string {
  const what = code > 0x7f ? "non-ASCII character" : describeChar(String.fromCharCode(code));
  return `invalid character ${what} in sequence (allowed: IUPAC nucleotide or protein letters, '*', '-', '.')`;
}

/** Residues of one sequence line with whitespace removed; throws on characters outside {@link SEQ_CLASS}. */
function sequenceLineResidues(line: string, lineNumber: number): string {
  let hasSpace = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const cls: number = code < 256 ? SEQ_CLASS[code]! : SeqClass.Invalid;
    if (cls === SeqClass.Space) hasSpace = true;
    else if (cls !== SeqClass.Other && cls !== SeqClass.Gc && cls !== SeqClass.At && cls !== SeqClass.N) {
      throw new BioParseError("fasta", "invalid_sequence_char", { line: lineNumber, column: i + 1 }, invalidSequenceCharDetail(code));
    }
  }
  return hasSpace ? line.replace(/[ \t\v\f]/g, "") : line;
}

/** Parse FASTA text into records. Throws {@link BioParseError} on malformed input. */
export function parseFasta(text: string, options: ParseFastaOptions = {}): FastaRecord[] {
  const maxRecords = options.maxRecords ?? Infinity;
  const reader = new LineReader(text);
  const records: FastaRecord[] = [];
  let current: { id: string; description: string; parts: string[] } | null = null;
  const flush = (): void => {
    if (current !== null) records.push({ id: current.id, description: current.description, sequence: current.parts.join("") });
  };
  for (let line = reader.next(); line !== null; line = reader.next()) {
    if (line.charCodeAt(0) === 62 /* > */) {
      flush();
      current = null;
      if (records.length >= maxRecords) return records;
      const { id, description } = splitTitle(line.slice(1));
      current = { id, description, parts: [] };
      continue;
    }
    if (isBlank(line)) continue;
    if (current === null) {
      throw new BioParseError("fasta", "missing_header", { line: reader.lineNumber }, "sequence data before the first '>' header line");
    }
    const residues = sequenceLineResidues(line, reader.lineNumber);
    if (residues.length > 0) current.parts.push(residues);
  }
  flush();
  if (records.length === 0) throw new BioParseError("fasta", "empty_file", { line: 1 }, "no FASTA records found (empty file)");
  return records;
}

/** Composition statistics of one parsed record. */
export function fastaRecordStats(record: FastaRecord): FastaRecordStats {
  let gc = 0;
  let at = 0;
  let n = 0;
  let other = 0;
  const seq = record.sequence;
  for (let i = 0; i < seq.length; i++) {
    const code = seq.charCodeAt(i);
    const cls: number = code < 256 ? SEQ_CLASS[code]! : SeqClass.Invalid;
    if (cls === SeqClass.Gc) gc++;
    else if (cls === SeqClass.At) at++;
    else if (cls === SeqClass.N) n++;
    else other++;
  }
  return { id: record.id, description: record.description, lengthBp: seq.length, gcCount: gc, atCount: at, nCount: n, otherCount: other };
}

/** Accumulates record statistics into a {@link FastaSummary}; used by the parser and the scanner. */
export class FastaSummaryBuilder {
  private readonly maxRecords: number;
  private readonly stats: FastaRecordStats[] = [];
  private lengths = new Float64Array(1024);
  private count = 0;
  private empty = 0;
  private total = 0;
  private gc = 0;
  private at = 0;
  private n = 0;
  private other = 0;
  private min = Infinity;
  private max = 0;

  constructor(maxRecords: number = DEFAULT_MAX_RECORD_STATS) {
    this.maxRecords = maxRecords;
  }

  /** Add one record. */
  add(rec: FastaRecordStats): void {
    this.addCounts(rec.id, rec.description, rec.lengthBp, rec.gcCount, rec.atCount, rec.nCount, rec.otherCount);
  }

  /** Add one record from its counts; allocates only for records that are kept in `records`. */
  addCounts(id: string, description: string, lengthBp: number, gcCount: number, atCount: number, nCount: number, otherCount: number): void {
    if (this.stats.length < this.maxRecords) this.stats.push({ id, description, lengthBp, gcCount, atCount, nCount, otherCount });
    if (this.count === this.lengths.length) {
      const grown = new Float64Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[this.count++] = lengthBp;
    if (lengthBp === 0) this.empty++;
    this.total += lengthBp;
    this.gc += gcCount;
    this.at += atCount;
    this.n += nCount;
    this.other += otherCount;
    if (lengthBp < this.min) this.min = lengthBp;
    if (lengthBp > this.max) this.max = lengthBp;
  }

  /** Whether the next added record will be kept in `records` (callers may skip work otherwise). */
  get keepsNextRecord(): boolean {
    return this.stats.length < this.maxRecords;
  }

  /** Number of records added so far. */
  get recordCount(): number {
    return this.count;
  }

  /** The summary of everything added. */
  build(): FastaSummary {
    return {
      records: this.stats.slice(),
      recordCount: this.count,
      emptyRecordCount: this.empty,
      totalLengthBp: this.total,
      gcCount: this.gc,
      atCount: this.at,
      nCount: this.n,
      otherCount: this.other,
      minLengthBp: this.count === 0 ? 0 : this.min,
      maxLengthBp: this.max,
      n50: n50(this.lengths.subarray(0, this.count)),
    };
  }
}

/** Summary statistics of parsed records (same shape as the streaming scanner's result). */
export function summarizeFastaRecords(records: readonly FastaRecord[], maxRecords: number = DEFAULT_MAX_RECORD_STATS): FastaSummary {
  const builder = new FastaSummaryBuilder(maxRecords);
  for (const r of records) builder.add(fastaRecordStats(r));
  return builder.build();
}
