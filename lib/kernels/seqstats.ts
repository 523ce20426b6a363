/**
 * The `stats` operation on the `seqstats` WASM kernel: FASTA or FASTQ bytes streamed chunk by
 * chunk (never concatenated, so memory stays flat for any input size), per-record rows for the
 * first `maxRecordRows` records and totals over all. Numbers and errors match the TypeScript
 * reference in lib/bio/stats-reference.ts.
 */
import { ANALYSIS_LIMITS, type OpContext, type StatsParams, type StatsResult } from "@/lib/analysis/contract";
import { BioParseError } from "@/lib/bio/parse-error";
import { POSITION_CAP, StatsBuilder, checkGenBankStart, emptyInputError, genbankAsFasta, maxRecordRows, sniffSequenceText, type RecordCounts } from "@/lib/bio/stats-reference";
import { PHRED64_DETECTED_DETAIL, type PhredOffset } from "@/lib/bio/fastq";
import {
  F_A, F_AMBIGUOUS, F_C, F_G, F_ID_LENGTH, F_PROTEIN_ONLY, F_ID_OFFSET, F_LENGTH, F_LOWER, F_N, F_QUAL_SUM, F_T, F_U,
  REC_FIELDS, ST_ERROR, ST_MORE, claimKernel, kernelParseError, type SeqstatsExports,
} from "./seqstats-abi";
import type { KernelInstance, KernelProvider } from "./runtime";

/** Largest piece handed to the kernel at once (bigger chunks are fed in pieces). */
export const FEED_BYTES = 4 * 1024 * 1024;

const J = 74; // 'J': highest Phred+33 character of Illumina 1.8+
const SEMICOLON = 59; // below ';' only Phred+33 is possible
const BOM = [0xef, 0xbb, 0xbf];

function isBlankByte(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 11 || b === 12 || b === 13;
}

function abortError(): Error {
  return new DOMException("stats cancelled", "AbortError");
}

/**
 * Reads chunks until the first non-blank byte decides the format. Returns the chunks read so
 * far (a leading UTF-8 BOM removed) and the format.
 */
async function sniff(it: AsyncIterator<Uint8Array>): Promise<{ head: Uint8Array[]; format: "fasta" | "fastq" | "genbank"; done: boolean }> {
  const head: Uint8Array[] = [];
  let seen = 0;
  const scan = { line: 1, lastCr: false };
  let scanned = 0; // head chunks already scanned for a non-blank byte
  let done = false;
  for (;;) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    if (next.value.length === 0) continue;
    head.push(next.value);
    seen += next.value.length;
    if (seen < BOM.length) continue;
    if (scanned === 0) stripBom(head);
    for (; scanned < head.length; scanned++) {
      const byte = firstNonBlank(head[scanned]!, scan);
      if (byte >= 0) return { head, format: sniffSequenceText(byte, scan.line), done: false };
    }
  }
  if (scanned === 0) stripBom(head);
  for (; scanned < head.length; scanned++) {
    const byte = firstNonBlank(head[scanned]!, scan);
    if (byte >= 0) return { head, format: sniffSequenceText(byte, scan.line), done };
  }
  throw emptyInputError();
}

function stripBom(head: Uint8Array[]): void {
  let total = 0;
  for (const c of head) total += c.length;
  if (total < BOM.length) return;
  let k = 0;
  for (const c of head) for (let i = 0; i < c.length && k < BOM.length; i++, k++) if (c[i] !== BOM[k]) return;
  let drop = BOM.length;
  for (let i = 0; i < head.length && drop > 0; i++) {
    const c = head[i]!;
    const d = Math.min(drop, c.length);
    head[i] = c.subarray(d);
    drop -= d;
  }
}

/** First non-blank byte of `c` (or -1), counting the lines before it in `scan`. */
function firstNonBlank(c: Uint8Array, scan: { line: number; lastCr: boolean }): number {
  for (let i = 0; i < c.length; i++) {
    const b = c[i]!;
    if (!isBlankByte(b)) return b;
    if (b === 13 || (b === 10 && !scan.lastCr)) scan.line++;
    scan.lastCr = b === 13;
  }
  return -1;
}

/**
 * GenBank input: the rest of the stream read (at most `maxBytes`), parsed by lib/bio/genbank and
 * returned as FASTA bytes for the same kernel, so the result is that of the equivalent FASTA.
 */
async function genbankAsFastaBytes(head: Uint8Array[], it: AsyncIterator<Uint8Array>, done: boolean, maxBytes: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const parts = [...head];
  let total = parts.reduce((n, c) => n + c.length, 0);
  const decode = (limit = total): string => {
    const all = new Uint8Array(Math.min(total, limit));
    let at = 0;
    for (const c of parts) {
      if (at >= all.length) break;
      const piece = c.subarray(0, all.length - at);
      all.set(piece, at);
      at += piece.length;
    }
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(all);
  };
  while (!done) {
    if (signal?.aborted) throw abortError();
    const next = await it.next();
    if (next.done) break;
    total += next.value.length;
    parts.push(next.value);
    if (total > maxBytes) {
      checkGenBankStart(decode(64 * 1024)); // not GenBank at all → that error, not the size
      const limit = maxBytes >= 1048576 ? `${Math.floor(maxBytes / 1048576)} MiB` : `${maxBytes} bytes`;
      throw new Error(`GenBank input is larger than ${limit}, the most stats reads at once (GenBank is parsed whole; FASTA and FASTQ stream at any size)`);
    }
  }
  return new TextEncoder().encode(genbankAsFasta(decode()));
}

class KernelStream {
  private readonly x: SeqstatsExports;
  // ignoreBOM: an id may begin with U+FEFF (a BOM that is not at the start of the input is
  // data); the default decoder would drop it and the id would differ from the text parser's.
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  constructor(
    private readonly k: KernelInstance<SeqstatsExports>,
    private readonly format: "fasta" | "fastq",
    private readonly builder: StatsBuilder,
  ) {
    this.x = k.exports;
  }

  push(chunk: Uint8Array): void {
    for (let off = 0; off < chunk.length; off += FEED_BYTES) {
      const piece = chunk.subarray(off, off + FEED_BYTES);
      this.k.view(this.x.inputPtr(), piece.length).set(piece);
      this.settle(this.x.feed(piece.length));
    }
  }

  finish(): void {
    this.settle(this.x.finish());
  }

  private settle(status: number): void {
    let st = status;
    while (st === ST_MORE) {
      this.drain();
      st = this.x.resume();
    }
    if (st === ST_ERROR) throw kernelParseError(this.k, this.format);
    this.drain();
  }

  private drain(): void {
    const n = this.x.tableLength();
    if (n === 0) return;
    const t = new Float64Array(this.x.memory.buffer, this.x.tablePtr(), n * REC_FIELDS);
    const ids = this.x.idsPtr();
    const scratch: RecordCounts = { id: "", length: 0, a: 0, c: 0, g: 0, t: 0, u: 0, n: 0, ambiguous: 0, proteinOnly: 0, lowercase: 0, qualityCodeSum: 0 };
    for (let r = 0; r < n; r++) {
      const o = r * REC_FIELDS;
      // Rows past maxRecordRows only feed the totals: reuse one object for them.
      const keep = this.builder.keepsNextRow;
      const rec: RecordCounts = keep ? { ...scratch } : scratch;
      const idOffset = t[o + F_ID_OFFSET]!;
      rec.id = keep && idOffset >= 0 ? this.decoder.decode(this.k.view(ids + idOffset, t[o + F_ID_LENGTH]!)) : "";
      rec.length = t[o + F_LENGTH]!;
      rec.a = t[o + F_A]!;
      rec.c = t[o + F_C]!;
      rec.g = t[o + F_G]!;
      rec.t = t[o + F_T]!;
      rec.u = t[o + F_U]!;
      rec.n = t[o + F_N]!;
      rec.ambiguous = t[o + F_AMBIGUOUS]!;
      rec.proteinOnly = t[o + F_PROTEIN_ONLY]!;
      rec.lowercase = t[o + F_LOWER]!;
      rec.qualityCodeSum = t[o + F_QUAL_SUM]!;
      this.builder.add(rec);
    }
  }
}

/** Phred offset of a FASTQ input, as lib/bio/fastq.ts decides it. */
function resolveOffset(x: SeqstatsExports, explicit: PhredOffset | undefined): PhredOffset {
  if (explicit !== undefined) return explicit;
  const min = x.minQualityCode();
  if (min < SEMICOLON) return 33;
  if (min >= 64 && x.maxQualityCode() > J) {
    throw new BioParseError("fastq", "phred64_detected", { line: x.firstHighQualityLine() }, PHRED64_DETECTED_DETAIL);
  }
  return 33;
}

/**
 * Statistics of a FASTA or FASTQ byte stream (format sniffed from the first non-blank byte);
 * GenBank (a LOCUS line first) is read whole, up to `ctx.maxGenBankBytes` (default
 * `ANALYSIS_LIMITS.maxSequenceBytes`), and counted as the equivalent FASTA.
 * Progress is reported after each chunk when `ctx.totalBytes` is known; an aborted
 * `ctx.signal` stops at the next chunk with an AbortError.
 */
export async function runStats(
  kernels: KernelProvider,
  input: AsyncIterable<Uint8Array>,
  params: StatsParams,
  ctx: OpContext & { totalBytes?: number; maxGenBankBytes?: number } = {},
): Promise<StatsResult> {
  const rows = maxRecordRows(params);
  const offset = params.phredOffset;
  if (offset !== undefined && offset !== 33 && offset !== 64) throw new Error(`phredOffset must be 33 or 64, got ${String(offset)}`);
  if (ctx.signal?.aborted) throw abortError();
  const k = await kernels<SeqstatsExports>("seqstats");
  const release = claimKernel(k);
  const it = input[Symbol.asyncIterator]();
  let bytes = 0;
  const progress = (n: number): void => {
    bytes += n;
    if (ctx.onProgress && ctx.totalBytes) ctx.onProgress(Math.min(1, bytes / ctx.totalBytes));
  };
  try {
    const sniffed = await sniff(it);
    let { head, done } = sniffed;
    let format: "fasta" | "fastq";
    if (sniffed.format === "genbank") {
      head = [await genbankAsFastaBytes(head, it, done, ctx.maxGenBankBytes ?? ANALYSIS_LIMITS.maxSequenceBytes, ctx.signal)];
      done = true;
      format = "fasta";
    } else format = sniffed.format;
    const builder = new StatsBuilder(format, rows);
    k.exports.reset();
    k.exports.init(format === "fastq" ? 1 : 0, offset === 64 ? 1 : 0, POSITION_CAP, rows, FEED_BYTES);
    const stream = new KernelStream(k, format, builder);
    for (const chunk of head) {
      stream.push(chunk);
      progress(chunk.length);
    }
    if (!done) {
      for (;;) {
        if (ctx.signal?.aborted) throw abortError();
        const next = await it.next();
        if (next.done) break;
        stream.push(next.value);
        progress(next.value.length);
      }
    }
    if (ctx.signal?.aborted) throw abortError();
    stream.finish();
    if (ctx.onProgress && ctx.totalBytes) ctx.onProgress(1);
    const x = k.exports;
    const composition = new Float64Array(x.memory.buffer, x.compositionPtr(), 256).slice();
    // GenBank input is counted as the equivalent FASTA but reported as what it is.
    if (format === "fasta") return { ...builder.build({ composition }), format: sniffed.format === "genbank" ? "genbank" : "fasta" };
    const phredOffset = resolveOffset(x, offset);
    const positionCodeSums = Array.from(new BigUint64Array(x.memory.buffer, x.positionSumsPtr(), POSITION_CAP), Number);
    return builder.build({
      composition,
      phredOffset,
      minQualityCode: x.minQualityCode(),
      maxQualityCode: x.maxQualityCode(),
      positionCodeSums,
    });
  } finally {
    k.exports.reset();
    release();
    // Stop the source (e.g. close a file stream) when we leave early.
    await it.return?.();
  }
}
