/**
 * FASTQ parsing (Cock et al. 2010, "The Sanger FASTQ file format", Nucleic Acids Res.
 * 38:1767, doi:10.1093/nar/gkp1137). Records may wrap sequence and quality over several
 * lines; quality lines are read until they are as long as the sequence, because a quality
 * line may itself begin with `@` or `+`. The `+` line may repeat the title, and then must
 * match it exactly.
 *
 * Quality encoding: Phred+33 (Sanger, Illumina 1.8+) by default. Phred+64 (Illumina 1.3-1.7)
 * is recognised when every quality character is ≥ '@' (64) and some are above 'J' (74, the
 * Phred+33 ceiling of Illumina 1.8); it must then be requested explicitly with
 * `phredOffset: 64` (CLI: `--phred-offset 64`), since guessing silently would shift every score by 31.
 */

import { BioParseError, describeChar } from "./parse-error";
import { LineReader, isBlank } from "./lines";
import { SEQ_CLASS, SeqClass, splitTitle } from "./fasta";
import { n50 } from "./sequence";

/** Supported quality offsets. */
export type PhredOffset = 33 | 64;

/** One FASTQ record with decoded Phred scores. */
export interface FastqRecord {
  id: string;
  description: string;
  sequence: string;
  /** Phred quality score per base (already offset-corrected). */
  quality: Uint8Array;
}

/** Options for {@link parseFastq} and the FASTQ scanner. */
export interface ParseFastqOptions {
  /** Quality offset; when omitted, Phred+33 is used and Phred+64-looking input is rejected. */
  phredOffset?: PhredOffset;
  /** Stop after this many records (for previews). */
  maxRecords?: number;
}

/** A record as the line machine sees it, before the quality offset is applied. */
export interface RawFastqRecord {
  id: string;
  description: string;
  /** Joined sequence, or "" when the machine was created without `keepText`. */
  sequence: string;
  /** Joined raw quality characters, or "" without `keepText`. */
  qualityText: string;
  lengthBp: number;
  gcCount: number;
  atCount: number;
  nCount: number;
  otherCount: number;
  /** Sum of raw quality character codes (subtract offset × length for the Phred sum). */
  qualityCodeSum: number;
}

const AT = 64; // '@'
const PLUS = 43; // '+'
const J = 74; // 'J', highest Phred+33 character written by Illumina 1.8+
const SEMICOLON = 59; // ';': below it only Phred+33 is possible

// Module-local copies: bundlers may compile imported bindings to getter calls, which would
// dominate the per-character loops.
const CLASS: Uint8Array = SEQ_CLASS;
const C_OTHER = SeqClass.Other;
const C_GC = SeqClass.Gc;
const C_AT = SeqClass.At;
const C_N = SeqClass.N;
const C_SPACE = SeqClass.Space;
const C_INVALID = SeqClass.Invalid;

/**
 * Line-driven FASTQ state machine shared by {@link parseFastq} and the streaming scanner.
 * Feed lines with their 1-based numbers, then call `finish`.
 */
export class FastqLineMachine {
  private phase: "title" | "sequence" | "quality" = "title";
  private title = "";
  private titleLine = 0;
  private seqParts: string[] = [];
  private qualParts: string[] = [];
  private seqLen = 0;
  private qualLen = 0;
  private lastQualLine = 0;
  /** First non-empty quality line of the current record (0 before it). */
  private qualStartLine = 0;
  /** A later quality line of the record that starts with '@' (0 if none) and the quality length before it. */
  private atLine = 0;
  private atQualLen = 0;
  /** Residue counts of the current record by class (Other, Gc, At, N). */
  private readonly counts = new Float64Array(4);
  /** Per-line scratch counts (Int32 increments are cheaper than Float64 ones). */
  private readonly lineCounts = new Int32Array(4);
  private qualSum = 0;
  /** Lowest and highest raw quality character seen in the whole input. */
  minQualityCode = 127;
  maxQualityCode = 0;
  /** Line of the first quality character above 'J' (evidence for Phred+64). */
  firstHighLine = 0;
  recordCount = 0;

  constructor(
    private readonly onRecord: (rec: RawFastqRecord) => void,
    private readonly keepText: boolean,
    private readonly explicitOffset: PhredOffset | undefined,
    /** Whether the next record's id and description are needed (skips title parsing when not). */
    private readonly needsTitle: () => boolean = () => true,
  ) {}

  /** Process one line (without terminator). */
  line(text: string, lineNumber: number): void {
    switch (this.phase) {
      case "title":
        if (isBlank(text)) return;
        if (text.charCodeAt(0) !== AT) {
          throw new BioParseError("fastq", "missing_header", { line: lineNumber }, `expected a record title starting with '@', found ${preview(text)}`);
        }
        this.title = text.slice(1);
        this.titleLine = lineNumber;
        this.phase = "sequence";
        this.seqParts = [];
        this.qualParts = [];
        this.seqLen = 0;
        this.qualLen = 0;
        this.counts.fill(0);
        this.qualSum = 0;
        return;
      case "sequence":
        this.sequenceLine(text, lineNumber);
        return;
      case "quality":
        this.qualityLine(text, lineNumber);
        return;
    }
  }

  private sequenceLine(text: string, lineNumber: number): void {
    const first = text.charCodeAt(0);
    if (first === PLUS) {
      const repeated = text.slice(1);
      if (repeated.length > 0 && repeated !== this.title) {
        throw new BioParseError(
          "fastq",
          "separator_title_mismatch",
          { line: lineNumber },
          `'+' line repeats a different title than line ${this.titleLine}: ${preview(repeated)} vs ${preview(this.title)}`,
        );
      }
      this.phase = "quality";
      this.lastQualLine = lineNumber;
      this.qualStartLine = 0;
      this.atLine = 0;
      if (this.seqLen === 0) this.emit();
      return;
    }
    if (first === AT) {
      throw new BioParseError(
        "fastq",
        "missing_separator",
        { line: lineNumber },
        `expected the '+' line of record '${this.titleId()}' (line ${this.titleLine}) before a new '@' title`,
      );
    }
    const counts = this.lineCounts;
    counts.fill(0);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 256 ? CLASS[code]! : C_INVALID;
      if (cls >= C_SPACE) {
        // Whitespace is not allowed inside FASTQ sequence lines (lengths must match the quality).
        const what = code > 0x7f ? "non-ASCII character" : describeChar(text[i]!);
        throw new BioParseError("fastq", "invalid_sequence_char", { line: lineNumber, column: i + 1 }, `invalid character ${what} in sequence`);
      }
      counts[cls]!++;
    }
    const rec = this.counts;
    for (let k = 0; k < 4; k++) rec[k]! += counts[k]!;
    this.seqLen += text.length;
    if (this.keepText && text.length > 0) this.seqParts.push(text);
  }

  private qualityLine(text: string, lineNumber: number): void {
    const newLen = this.qualLen + text.length;
    // A quality line may start with '@', so a short quality reads on into the next record; when
    // it then runs over, the '@' line where it most likely ended names the real problem.
    const startsWithAt = this.qualLen > 0 && text.charCodeAt(0) === AT;
    if (newLen > this.seqLen) {
      if (startsWithAt) throw this.ranShort(lineNumber, this.qualLen);
      if (this.atLine > 0) throw this.ranShort(this.atLine, this.atQualLen);
      throw this.lengthMismatch(lineNumber, newLen);
    }
    let sum = 0;
    let min = 127;
    let max = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      sum += code;
      if (code < min) min = code;
      if (code > max) max = code;
    }
    if (min < 33 || max > 126 || (this.explicitOffset === 64 && min < AT)) {
      if (startsWithAt) throw this.ranShort(lineNumber, this.qualLen);
      this.badQuality(text, lineNumber);
    }
    if (startsWithAt && this.atLine === 0) {
      this.atLine = lineNumber;
      this.atQualLen = this.qualLen;
    }
    if (text.length > 0 && this.qualStartLine === 0) this.qualStartLine = lineNumber;
    if (min < this.minQualityCode) this.minQualityCode = min;
    if (max > this.maxQualityCode) this.maxQualityCode = max;
    if (max > J && this.firstHighLine === 0) this.firstHighLine = lineNumber;
    this.qualSum += sum;
    this.qualLen = newLen;
    if (text.length > 0) this.lastQualLine = lineNumber;
    if (this.keepText && text.length > 0) this.qualParts.push(text);
    if (newLen === this.seqLen) this.emit();
  }

  /** Locate and report the first invalid quality character of a line (slow path). */
  private badQuality(text: string, lineNumber: number): never {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 33 || code > 126) {
        const what = code > 0x7f ? "non-ASCII character" : describeChar(text[i]!);
        throw new BioParseError("fastq", "invalid_quality_char", { line: lineNumber, column: i + 1 }, `invalid quality character ${what} (allowed: '!' to '~', ASCII 33-126)`);
      }
      if (this.explicitOffset === 64 && code < AT) {
        throw new BioParseError("fastq", "invalid_quality_char", { line: lineNumber, column: i + 1 }, `quality character ${describeChar(text[i]!)} is below '@', the Phred+64 minimum`);
      }
    }
    throw new Error("unreachable: badQuality called for a valid line");
  }

  private lengthMismatch(line: number, qualityLength: number): BioParseError {
    return new BioParseError(
      "fastq",
      "quality_length_mismatch",
      { line },
      `quality length ${qualityLength} does not match sequence length ${this.seqLen} (record '${this.titleId()}', line ${this.titleLine})`,
    );
  }

  /** The quality ended before the sequence's length and the parser read on into line `atLine`. */
  private ranShort(atLine: number, qualityLength: number): BioParseError {
    return new BioParseError("fastq", "quality_length_mismatch", { line: this.qualStartLine }, qualityRanShortDetail(this.titleId(), this.titleLine, this.qualStartLine, qualityLength, this.seqLen, atLine));
  }

  private titleId(): string {
    return splitTitle(this.title).id;
  }

  private emit(): void {
    const { id, description } = this.needsTitle() ? splitTitle(this.title) : NO_TITLE;
    this.recordCount++;
    this.phase = "title";
    this.onRecord({
      id,
      description,
      sequence: this.keepText ? this.seqParts.join("") : "",
      qualityText: this.keepText ? this.qualParts.join("") : "",
      lengthBp: this.seqLen,
      gcCount: this.counts[C_GC]!,
      atCount: this.counts[C_AT]!,
      nCount: this.counts[C_N]!,
      otherCount: this.counts[C_OTHER]!,
      qualityCodeSum: this.qualSum,
    });
  }

  /** True between records (nothing pending). */
  get idle(): boolean {
    return this.phase === "title";
  }

  /**
   * Signal end of input (`lastLine` = number of the last line) and return the quality offset
   * to use. Throws on a truncated record, an empty file or undeclared Phred+64 input.
   */
  finish(lastLine: number): PhredOffset {
    const line = Math.max(lastLine, 1);
    if (this.phase === "sequence") {
      throw new BioParseError("fastq", "truncated_record", { line }, `input ends inside record '${this.titleId()}' (line ${this.titleLine}) before its '+' line`);
    }
    if (this.phase === "quality") {
      if (this.qualLen === 0) {
        throw new BioParseError("fastq", "truncated_record", { line }, `input ends before the quality of record '${this.titleId()}' (line ${this.titleLine})`);
      }
      if (this.atLine > 0) throw this.ranShort(this.atLine, this.atQualLen);
      throw this.lengthMismatch(this.lastQualLine, this.qualLen);
    }
    if (this.recordCount === 0) throw new BioParseError("fastq", "empty_file", { line: 1 }, "no FASTQ records found (empty file)");
    return this.resolveOffset();
  }

  /** The quality offset implied by what has been read (used when stopping early at maxRecords). */
  resolveOffset(): PhredOffset {
    if (this.explicitOffset !== undefined) return this.explicitOffset;
    if (isDefinitelyPhred33(this.minQualityCode)) return 33;
    if (this.minQualityCode >= AT && this.maxQualityCode > J) {
      throw new BioParseError("fastq", "phred64_detected", { line: this.firstHighLine }, PHRED64_DETECTED_DETAIL);
    }
    return 33;
  }
}

const NO_TITLE = { id: "", description: "" } as const;

/** Message of the `phred64_detected` error, for every front end (the workbench and the CLI). */
export const PHRED64_DETECTED_DETAIL =
  "quality characters look like Phred+64 (Illumina 1.3-1.7): all are '@' or above and some exceed 'J'; " +
  "declare the Phred+64 encoding if that is what the file uses (CLI: --phred-offset 64), or Phred+33 if the scores really run above 41 (CLI: --phred-offset 33)";

/** Message of a quality that ended short of its sequence and ran into the next record (shared with the stats kernel). */
export function qualityRanShortDetail(id: string, titleLine: number, qualStartLine: number, qualityLength: number, sequenceLength: number, atLine: number): string {
  return (
    `the quality of record '${id}' (line ${titleLine}), starting on line ${qualStartLine}, is shorter than its sequence ` +
    `(${qualityLength} characters for ${sequenceLength} bases) and ran into line ${atLine}, which looks like the next record's title`
  );
}

/** True when the lowest quality character rules out Phred+64: anything below ';' (Solexa's minimum) is Phred+33. */
export function isDefinitelyPhred33(minQualityCode: number): boolean {
  return minQualityCode < SEMICOLON;
}

function preview(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

/** Parse FASTQ text into records with decoded Phred scores. Throws {@link BioParseError} on malformed input. */
export function parseFastq(text: string, options: ParseFastqOptions = {}): FastqRecord[] {
  const maxRecords = options.maxRecords ?? Infinity;
  const raw: RawFastqRecord[] = [];
  const machine = new FastqLineMachine((r) => raw.push(r), true, options.phredOffset);
  const reader = new LineReader(text);
  let offset: PhredOffset | undefined;
  for (let line = reader.next(); line !== null; line = reader.next()) {
    machine.line(line, reader.lineNumber);
    if (raw.length >= maxRecords) {
      offset = machine.resolveOffset();
      break;
    }
  }
  offset ??= machine.finish(reader.lineNumber);
  return raw.map((r) => ({ id: r.id, description: r.description, sequence: r.sequence, quality: decodeQuality(r.qualityText, offset) }));
}

/** Convert quality characters to Phred scores. */
export function decodeQuality(qualityText: string, offset: PhredOffset): Uint8Array {
  const out = new Uint8Array(qualityText.length);
  for (let i = 0; i < qualityText.length; i++) out[i] = qualityText.charCodeAt(i) - offset;
  return out;
}

/** Encode Phred scores as quality characters. */
export function encodeQuality(quality: Uint8Array, offset: PhredOffset = 33): string {
  let s = "";
  for (const q of quality) s += String.fromCharCode(q + offset);
  return s;
}

/** Mean Phred score of one read (arithmetic mean of the scores), or null for an empty read. */
export function meanPhred(quality: Uint8Array): number | null {
  if (quality.length === 0) return null;
  let sum = 0;
  for (const q of quality) sum += q;
  return sum / quality.length;
}

/** Per-read statistics. */
export interface FastqRecordStats {
  id: string;
  description: string;
  lengthBp: number;
  gcCount: number;
  atCount: number;
  nCount: number;
  otherCount: number;
  meanQuality: number | null;
}

/** Whole-file FASTQ statistics; `records` holds at most `maxRecords` entries, the totals cover all reads. */
export interface FastqSummary {
  records: FastqRecordStats[];
  recordCount: number;
  /** Zero-length reads. */
  emptyRecordCount: number;
  totalLengthBp: number;
  gcCount: number;
  atCount: number;
  nCount: number;
  otherCount: number;
  minLengthBp: number;
  maxLengthBp: number;
  n50: number;
  phredOffset: PhredOffset;
  /** Mean Phred score over all bases, or null when there are no bases. */
  meanQuality: number | null;
  minQuality: number | null;
  maxQuality: number | null;
}

/** Default cap on per-read entries kept in a {@link FastqSummary}. */
export const DEFAULT_MAX_READ_STATS = 1000;

/** Accumulates raw records into a {@link FastqSummary} once the quality offset is known. */
export class FastqSummaryBuilder {
  private readonly kept: RawFastqRecord[] = [];
  private lengths = new Float64Array(1024);
  private count = 0;
  private empty = 0;
  private total = 0;
  private gc = 0;
  private at = 0;
  private n = 0;
  private other = 0;
  private qualSum = 0;
  private min = Infinity;
  private max = 0;

  constructor(private readonly maxRecords: number = DEFAULT_MAX_READ_STATS) {}

  /** Whether the next added record will be kept in `records`. */
  get keepsNextRecord(): boolean {
    return this.kept.length < this.maxRecords;
  }

  /** Add one record. */
  add(rec: RawFastqRecord): void {
    if (this.kept.length < this.maxRecords) this.kept.push({ ...rec, sequence: "", qualityText: "" });
    if (this.count === this.lengths.length) {
      const grown = new Float64Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[this.count++] = rec.lengthBp;
    if (rec.lengthBp === 0) this.empty++;
    this.total += rec.lengthBp;
    this.gc += rec.gcCount;
    this.at += rec.atCount;
    this.n += rec.nCount;
    this.other += rec.otherCount;
    this.qualSum += rec.qualityCodeSum;
    if (rec.lengthBp < this.min) this.min = rec.lengthBp;
    if (rec.lengthBp > this.max) this.max = rec.lengthBp;
  }

  /** The summary, given the resolved offset and the extreme quality characters seen. */
  build(offset: PhredOffset, minQualityCode: number, maxQualityCode: number): FastqSummary {
    const mean = (codeSum: number, len: number): number | null => (len === 0 ? null : codeSum / len - offset);
    return {
      records: this.kept.map((r) => ({
        id: r.id,
        description: r.description,
        lengthBp: r.lengthBp,
        gcCount: r.gcCount,
        atCount: r.atCount,
        nCount: r.nCount,
        otherCount: r.otherCount,
        meanQuality: mean(r.qualityCodeSum, r.lengthBp),
      })),
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
      phredOffset: offset,
      meanQuality: mean(this.qualSum, this.total),
      minQuality: this.total === 0 ? null : minQualityCode - offset,
      maxQuality: this.total === 0 ? null : maxQualityCode - offset,
    };
  }
}

/** Summary statistics of parsed records (same shape as the streaming scanner's result). */
export function summarizeFastqRecords(
  records: readonly FastqRecord[],
  phredOffset: PhredOffset = 33,
  maxRecords: number = DEFAULT_MAX_READ_STATS,
): FastqSummary {
  const builder = new FastqSummaryBuilder(maxRecords);
  let minCode = 127;
  let maxCode = 0;
  for (const r of records) {
    let gc = 0;
    let at = 0;
    let n = 0;
    let other = 0;
    for (let i = 0; i < r.sequence.length; i++) {
      const code = r.sequence.charCodeAt(i);
      const cls = code < 256 ? CLASS[code] : C_OTHER;
      if (cls === C_GC) gc++;
      else if (cls === C_AT) at++;
      else if (cls === C_N) n++;
      else other++;
    }
    let sum = 0;
    for (const q of r.quality) {
      const code = q + phredOffset;
      sum += code;
      if (code < minCode) minCode = code;
      if (code > maxCode) maxCode = code;
    }
    builder.add({ id: r.id, description: r.description, sequence: "", qualityText: "", lengthBp: r.sequence.length, gcCount: gc, atCount: at, nCount: n, otherCount: other, qualityCodeSum: sum });
  }
  return builder.build(phredOffset, minCode, maxCode);
}

/** Whole-file statistics straight from text, without keeping reads (same result as the streaming scanner). */
export function summarizeFastqText(text: string, options: Omit<ParseFastqOptions, "maxRecords"> & { maxRecords?: number } = {}): FastqSummary {
  const builder = new FastqSummaryBuilder(options.maxRecords ?? DEFAULT_MAX_READ_STATS);
  const machine = new FastqLineMachine((r) => builder.add(r), false, options.phredOffset, () => builder.keepsNextRecord);
  const reader = new LineReader(text);
  for (let line = reader.next(); line !== null; line = reader.next()) machine.line(line, reader.lineNumber);
  const offset = machine.finish(reader.lineNumber);
  return builder.build(offset, machine.minQualityCode, machine.maxQualityCode);
}
