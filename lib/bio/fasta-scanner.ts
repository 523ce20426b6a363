/**
 * Streaming byte-level FASTA scanner: computes the same {@link FastaSummary} as
 * `summarizeFastaRecords(parseFasta(text))` without holding sequences in memory. Chunks may be
 * split at any byte (inside a header, a UTF-8 character or a CRLF pair).
 *
 * Speed comes from working on bytes: `indexOf(LF)` finds line ends natively and a 256-entry
 * class table counts residues with one lookup and one typed-array increment per byte; no
 * strings are created for sequence lines.
 */

import { BioParseError } from "./parse-error";
import {
  DEFAULT_MAX_RECORD_STATS,
  FastaSummaryBuilder,
  SEQ_CLASS,
  SeqClass,
  invalidSequenceCharDetail,
  splitTitle,
  type FastaSummary,
} from "./fasta";

/** Options for {@link createFastaScanner}. */
export interface FastaScannerOptions {
  /** Keep per-record statistics for at most this many records (totals always cover all). */
  maxRecords?: number;
}

/** Incremental FASTA scanner: `push` byte chunks, then `end` for the summary. */
export interface FastaScanner {
  /** Feed the next chunk of the file. Throws {@link BioParseError} on malformed input. */
  push(chunk: Uint8Array): void;
  /** Signal end of input and return the summary. Throws {@link BioParseError} on an empty file. */
  end(): FastaSummary;
  /** Bytes consumed so far (for progress reporting). */
  readonly bytesRead: number;
  /** Records completed so far. */
  readonly recordCount: number;
}

const LF = 10;
const CR = 13;
const GT = 62;
const BOM = [0xef, 0xbb, 0xbf] as const;

// Module-local copies of imported bindings: bundlers may compile imports to getter calls,
// which would dominate the per-byte paths.
const CLASS: Uint8Array = SEQ_CLASS;
const C_OTHER = SeqClass.Other;
const C_GC = SeqClass.Gc;
const C_AT = SeqClass.At;
const C_N = SeqClass.N;
const C_SPACE = SeqClass.Space;
const C_CR = SeqClass.Cr;
const EMPTY_WORDS = new Uint32Array(0);

// Packed per-class increments for a pair of bytes: 7-bit fields for Gc (bits 0-6), At (7-13),
// N (14-20) and Other (21-27). A pair with a byte that is not a residue maps to PAIR_SPECIAL,
// which forces the byte-by-byte path. Byte order inside a word does not matter for counting,
// so the table works on little- and big-endian hosts alike.
const PAIR_SPECIAL = 1 << 30;
const FIELD_SHIFT = [21, 0, 7, 14]; // indexed by class: Other (0), Gc (1), At (2), N (3)
const PAIR_CLASS: Uint32Array = (() => {
  const t = new Uint32Array(65536);
  for (let p = 0; p < 65536; p++) {
    const a = CLASS[p & 0xff]!;
    const b = CLASS[p >>> 8]!;
    t[p] = a >= C_SPACE || b >= C_SPACE ? PAIR_SPECIAL : (1 << FIELD_SHIFT[a]!) + (1 << FIELD_SHIFT[b]!);
  }
  return t;
})();

function addPacked(counts: Float64Array, acc: number): void {
  if (acc === 0) return;
  counts[C_GC]! += acc & 127;
  counts[C_AT]! += (acc >>> 7) & 127;
  counts[C_N]! += (acc >>> 14) & 127;
  counts[C_OTHER]! += (acc >>> 21) & 127;
}

class Scanner implements FastaScanner {
  private readonly builder: FastaSummaryBuilder;
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  /** Residue counts of the current record, indexed by class (Other, Gc, At, N). */
  private readonly counts = new Float64Array(8);
  private base = 0; // absolute offset of the current chunk
  private line = 1; // 1-based line number at the current position
  private lineStart = 0; // absolute offset of the current line's first byte
  private atLineStart = true;
  private pendingCr = false; // last chunk ended with CR: a leading LF completes CRLF
  private inHeader = false;
  private inRecord = false;
  private headerBuf = new Uint8Array(256);
  private headerLen = 0;
  private id = "";
  private description = "";
  private bomPending = true;
  private prefix = new Uint8Array(0);
  private ended = false;
  private rawBytes = 0;
  private words: Uint32Array = EMPTY_WORDS;
  private wordsFirst = 0;

  constructor(options: FastaScannerOptions) {
    this.builder = new FastaSummaryBuilder(options.maxRecords ?? DEFAULT_MAX_RECORD_STATS);
  }

  get bytesRead(): number {
    return this.rawBytes;
  }

  get recordCount(): number {
    return this.builder.recordCount;
  }

  push(chunk: Uint8Array): void {
    if (this.ended) throw new Error("FASTA scanner: push() after end()");
    this.rawBytes += chunk.length;
    if (!this.bomPending) {
      this.process(chunk, 0);
      return;
    }
    // A UTF-8 BOM may itself be split across the first chunks.
    const joined = this.prefix.length === 0 ? chunk : concat(this.prefix, chunk);
    if (joined.length < BOM.length && isBomPrefix(joined)) {
      this.prefix = joined.slice();
      return;
    }
    this.bomPending = false;
    this.prefix = new Uint8Array(0);
    this.process(joined, isBomPrefix(joined) && joined.length >= BOM.length ? BOM.length : 0);
  }

  end(): FastaSummary {
    if (this.ended) throw new Error("FASTA scanner: end() called twice");
    if (this.bomPending) {
      this.bomPending = false;
      const rest = this.prefix;
      this.prefix = new Uint8Array(0);
      this.process(rest, 0);
    }
    this.ended = true;
    if (this.inHeader) this.finishHeader();
    this.finishRecord();
    if (this.builder.recordCount === 0) {
      throw new BioParseError("fasta", "empty_file", { line: 1 }, "no FASTA records found (empty file)");
    }
    return this.builder.build();
  }

  private newLine(nextAbs: number): void {
    this.line++;
    this.lineStart = nextAbs;
    this.atLineStart = true;
  }

  private process(buf: Uint8Array, start: number): void {
    const n = buf.length;
    // 4-byte-aligned word view of this chunk (byte index `wordsFirst` is the first aligned byte).
    this.wordsFirst = (4 - (buf.byteOffset & 3)) & 3;
    this.words =
      n > this.wordsFirst ? new Uint32Array(buf.buffer, buf.byteOffset + this.wordsFirst, (n - this.wordsFirst) >>> 2) : EMPTY_WORDS;
    const base = this.base - start; // so that base + i is the absolute offset of buf[i]
    let pos = start;
    while (pos < n) {
      if (this.pendingCr) {
        this.pendingCr = false;
        if (buf[pos] === LF) {
          pos++;
          this.lineStart = base + pos;
          continue;
        }
      }
      if (this.atLineStart) {
        this.atLineStart = false;
        if (buf[pos] === GT) {
          this.finishRecord();
          this.inHeader = true;
          this.headerLen = 0;
          pos++;
          continue;
        }
      }
      if (this.inHeader) {
        pos = this.scanHeader(buf, pos, base);
        continue;
      }
      if (!this.inRecord) {
        pos = this.scanPreamble(buf, pos, base);
        continue;
      }
      pos = this.scanSequence(buf, pos, base);
    }
    this.base = base + n;
  }

  /**
   * Count residues from `pos` until a line that starts with `>` (returns its position, with
   * `atLineStart` set) or the end of the chunk. Aligned 4-byte words are classified with two
   * lookups in {@link PAIR_CLASS}; only words containing a line end, whitespace or an invalid
   * byte take the byte-by-byte path.
   */
  private scanSequence(buf: Uint8Array, pos: number, base: number): number {
    const n = buf.length;
    const first = this.wordsFirst;
    let i = pos;
    while (i < n && (i < first || ((i - first) & 3) !== 0)) {
      if (this.seqByte(buf, i, base)) return i + 1;
      i++;
    }
    if (i >= n) return n;
    const words = this.words;
    const counts = this.counts;
    const wEnd = words.length;
    let acc = 0;
    let k = 0;
    for (let w = (i - first) >>> 2; w < wEnd; w++) {
      const x = words[w]!;
      const v = PAIR_CLASS[x & 0xffff]! + PAIR_CLASS[x >>> 16]!;
      if (v < PAIR_SPECIAL) {
        acc += v;
        // Each word adds at most 4 to a 7-bit field: flush before 128.
        if (++k === 31) {
          addPacked(counts, acc);
          acc = 0;
          k = 0;
        }
        continue;
      }
      const b0 = first + (w << 2);
      for (let j = b0; j < b0 + 4; j++) {
        if (this.seqByte(buf, j, base)) {
          addPacked(counts, acc);
          return j + 1;
        }
      }
    }
    addPacked(counts, acc);
    for (i = first + (wEnd << 2); i < n; i++) {
      if (this.seqByte(buf, i, base)) return i + 1;
    }
    return n;
  }

  /** Handle one sequence byte; true when scanning must stop after it (next line is a header, or chunk end). */
  private seqByte(buf: Uint8Array, i: number, base: number): boolean {
    const b = buf[i]!;
    const cls = CLASS[b]!;
    if (cls < C_SPACE) {
      this.counts[cls]! += 1;
      return false;
    }
    if (cls === C_SPACE) return false;
    if (b === LF) {
      this.newLine(base + i + 1);
      return this.stopsAtLineStart(buf, i + 1);
    }
    if (cls === C_CR) {
      if (i + 1 < buf.length) {
        if (buf[i + 1] === LF) return false; // CRLF: the LF ends the line
        this.newLine(base + i + 1);
        return this.stopsAtLineStart(buf, i + 1);
      }
      this.newLine(base + i + 1);
      this.pendingCr = true;
      return true;
    }
    throw new BioParseError(
      "fasta",
      "invalid_sequence_char",
      { line: this.line, column: base + i - this.lineStart + 1 },
      invalidSequenceCharDetail(b),
    );
  }

  /** At the start of a line at `j`: stop if it is a header or beyond this chunk. */
  private stopsAtLineStart(buf: Uint8Array, j: number): boolean {
    if (j >= buf.length || buf[j] === GT) return true;
    this.atLineStart = false;
    return false;
  }

  /** Handle a CR at `i` (CRLF or lone CR, possibly split across chunks); returns the next position. */
  private afterCr(buf: Uint8Array, i: number, base: number): number {
    if (i + 1 === buf.length) {
      this.newLine(base + i + 1);
      this.pendingCr = true;
      return i + 1;
    }
    const next = buf[i + 1] === LF ? i + 2 : i + 1;
    this.newLine(base + next);
    return next;
  }

  /** Blank lines before the first header are allowed; anything else is data without a header. */
  private scanPreamble(buf: Uint8Array, pos: number, base: number): number {
    const n = buf.length;
    for (let i = pos; i < n; i++) {
      const b = buf[i]!;
      if (b === LF) {
        this.newLine(base + i + 1);
        return i + 1;
      }
      if (b === CR) return this.afterCr(buf, i, base);
      if (CLASS[b] !== C_SPACE) {
        throw new BioParseError("fasta", "missing_header", { line: this.line }, "sequence data before the first '>' header line");
      }
    }
    return n;
  }

  private scanHeader(buf: Uint8Array, pos: number, base: number): number {
    const n = buf.length;
    let i = pos;
    while (i < n) {
      const b = buf[i]!;
      if (b === LF || b === CR) break;
      i++;
    }
    this.appendHeader(buf, pos, i);
    if (i === n) return n;
    this.finishHeader();
    if (buf[i] === LF) {
      this.newLine(base + i + 1);
      return i + 1;
    }
    return this.afterCr(buf, i, base);
  }

  private appendHeader(buf: Uint8Array, from: number, to: number): void {
    const len = to - from;
    // Headers of records past `maxRecords` are never decoded, so they need not be copied.
    if (len === 0 || !this.builder.keepsNextRecord) return;
    if (this.headerLen + len > this.headerBuf.length) {
      const grown = new Uint8Array(Math.max(this.headerBuf.length * 2, this.headerLen + len));
      grown.set(this.headerBuf.subarray(0, this.headerLen));
      this.headerBuf = grown;
    }
    if (len <= 64) {
      // Short headers: copy bytewise rather than allocating a subarray view per header.
      const dst = this.headerBuf;
      let k = this.headerLen;
      for (let i = from; i < to; i++) dst[k++] = buf[i]!;
    } else {
      this.headerBuf.set(buf.subarray(from, to), this.headerLen);
    }
    this.headerLen += len;
  }

  private finishHeader(): void {
    // Only the first `maxRecords` records keep their id; skip decoding for the rest.
    if (this.builder.keepsNextRecord) {
      const { id, description } = splitTitle(this.decoder.decode(this.headerBuf.subarray(0, this.headerLen)));
      this.id = id;
      this.description = description;
    } else {
      this.id = "";
      this.description = "";
    }
    this.inHeader = false;
    this.inRecord = true;
    this.counts.fill(0);
  }

  private finishRecord(): void {
    if (!this.inRecord) return;
    const c = this.counts;
    const other = c[C_OTHER]!;
    const gc = c[C_GC]!;
    const at = c[C_AT]!;
    const nn = c[C_N]!;
    this.builder.addCounts(this.id, this.description, other + gc + at + nn, gc, at, nn, other);
    this.inRecord = false;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const len = Math.min(bytes.length, BOM.length);
  for (let i = 0; i < len; i++) if (bytes[i] !== BOM[i]) return false;
  return len > 0;
}

/** Create a streaming FASTA scanner (byte chunks in, {@link FastaSummary} out). */
export function createFastaScanner(options: FastaScannerOptions = {}): FastaScanner {
  return new Scanner(options);
}
