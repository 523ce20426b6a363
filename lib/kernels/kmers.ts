/**
 * k-mer counting on the `kmers` WASM kernel (the `kmers` operation). Records are streamed into
 * the kernel in 1 MiB chunks (progress and cancellation between chunks). k ≤ 12 counts into a
 * direct array of 4^k counters (64 MiB at k = 12). Larger k reads the input twice and keeps
 * every k-mer split into up to 2^14 hash partitions, each radix-sorted in cache and counted by
 * runs. Memory bound: 4 bytes per k-mer for k ≤ 23 (the stored low bits fit a u32), 8 beyond,
 * at most KMER_MAX_STORE_BYTES (checked before counting: a clear error), plus a sort buffer of
 * ≤ 2^20 entries and, only for a partition larger than that (many repeats of few k-mers), a
 * table of ≤ 2^22 16-byte slots. An allocation failure also becomes a clear error.
 * Same results as the reference lib/bio/kmers.ts.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord, type KmerParams, type KmerResult, type OpContext } from "@/lib/analysis/contract";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import { KMER_DEFAULT_TOP, validateKmerParams } from "@/lib/bio/kmers";
import { checkAborted, writeAscii } from "./kmers-ascii";
import { KernelAbortError, type KernelExports, type KernelProvider } from "./runtime";

export interface KmersExports extends KernelExports {
  init(k: number, canonical: number, partitionBits: number): void;
  beginRecord(): void;
  feedDirect(ptr: number, len: number): void;
  scan(ptr: number, len: number): void;
  layout(sortCap: number, maxTableBits: number): number;
  scatter(ptr: number, len: number): void;
  total(): number;
  distinct(): number;
  setOutputs(n: number, heap: number, hist: number, histLen: number, big: number): void;
  collectDirect(): void;
  entryBytes(): number;
  countPartitions(): number;
  finishTop(): number;
  bigLength(): number;
}

/** k-mers per partition aimed at (it and its sort buffer stay in L2). */
const PARTITION_TARGET = 1 << 15;
const MAX_PARTITION_BITS = 14;
/** Entries of the radix-sort buffer, at most: a larger partition (many repeats of few k-mers) is hashed instead. */
const SORT_CAP = 1 << 20;
/** Slots of the table counting such a partition, at most (16-byte slots: 64 MiB). */
export const KMER_MAX_PARTITION_TABLE_BITS = 22;
/** Memory for the stored k-mers, at most (the kernel's 32-bit address space is 4 GiB). */
export const KMER_MAX_STORE_BYTES = 3 * 2 ** 30;
const CHUNK = 1 << 20;
const HIST_LEN = 1 << 16;

/** The k-mer packed 2 bits per base (A=0…T=3) as two u32 halves → its string. */
function decodeKmer(lo: number, hi: number, k: number): string {
  let s = "";
  for (let i = 0; i < k; i++) {
    const shift = 2 * (k - 1 - i);
    const code = shift >= 32 ? (hi >>> (shift - 32)) & 3 : (lo >>> shift) & 3;
    s += "ACGT"[code];
  }
  return s;
}

function ceilLog2(n: number): number {
  let bits = 0;
  while (2 ** bits < n) bits++;
  return bits;
}

/**
 * Partition bits for k > 12 and `bound` k-mers: about PARTITION_TARGET k-mers per partition,
 * and at least 2k − 32 when that is allowed, so the stored low 2k − bits bits fit a u32.
 */
export function kmerPartitionBits(k: number, bound: number): number {
  const bits = Math.min(MAX_PARTITION_BITS, ceilLog2(bound / PARTITION_TARGET));
  return 2 * k - bits > 32 && 2 * k - 32 <= MAX_PARTITION_BITS ? 2 * k - 32 : bits;
}

/** Bytes the kernel stores per k-mer for k > 12: 4, or 8 when the low bits exceed 32. */
export function kmerEntryBytes(k: number, partitionBits: number): number {
  return 2 * k - partitionBits > 32 ? 8 : 4;
}

export async function runKmers(kernels: KernelProvider, records: readonly AnalysisRecord[], params: KmerParams, ctx?: OpContext): Promise<KmerResult> {
  validateKmerParams(params);
  const { k, canonical } = params;
  const wantTop = params.top ?? KMER_DEFAULT_TOP;
  let bound = 0;
  let totalLength = 0;
  for (const r of records) {
    requireNucleotideRecord(r, "k-mer counting");
    if (r.sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) throw new Error(`record "${r.id}" is ${r.sequence.length} bp, more than the ${ANALYSIS_LIMITS.maxSequenceBytes} bp k-mer counting accepts`);
    bound += Math.max(0, r.sequence.length - k + 1);
    totalLength += r.sequence.length;
  }
  const direct = k <= 12;
  const passes = direct ? 1 : 2;
  const kernel = await kernels<KmersExports>("kmers");
  const x = kernel.exports;
  try {
    x.reset();
    const partitionBits = direct ? 0 : kmerPartitionBits(k, bound);
    if (!direct && bound * kmerEntryBytes(k, partitionBits) > KMER_MAX_STORE_BYTES) {
      throw new Error(
        `k-mer counting stores ${kmerEntryBytes(k, partitionBits)} bytes per k-mer for k = ${k}: ${bound} k-mers need more than the ${KMER_MAX_STORE_BYTES / 2 ** 30} GiB it can use; count fewer records`,
      );
    }
    x.init(k, canonical ? 1 : 0, partitionBits);
    const buf = x.alloc(CHUNK);
    let done = 0;
    const feedAll = (feed: (ptr: number, len: number) => void) => {
      for (const r of records) {
        x.beginRecord();
        const seq = r.sequence;
        for (let off = 0; off < seq.length; off += CHUNK) {
          checkAborted(ctx?.signal);
          const n = writeAscii(kernel.view(buf, CHUNK), seq, off, Math.min(seq.length, off + CHUNK));
          feed(buf, n);
          done += n;
          if (totalLength > 0) ctx?.onProgress?.((0.95 * done) / (passes * totalLength));
        }
      }
    };
    if (direct) feedAll(x.feedDirect);
    else {
      feedAll(x.scan);
      x.layout(SORT_CAP, KMER_MAX_PARTITION_TABLE_BITS);
      feedAll(x.scatter);
    }
    const totalKmers = x.total();

    const n = Math.min(wantTop, totalKmers);
    const heap = x.alloc(Math.max(16, n * 16));
    const hist = params.spectrum ? x.alloc(HIST_LEN * 4) : 0;
    const big = params.spectrum ? x.alloc((Math.floor(totalKmers / HIST_LEN) + 2) * 4) : 0;
    x.setOutputs(n, heap, hist, params.spectrum ? HIST_LEN : 0, big);
    checkAborted(ctx?.signal);
    if (direct) x.collectDirect();
    else if (x.countPartitions() !== 0) throw new Error(`too many distinct ${k}-mers in one partition of the counting table; count fewer records`);
    const written = x.finishTop();
    const distinctKmers = x.distinct();

    const dv = new DataView(x.memory.buffer, heap, written * 16);
    const top: KmerResult["top"] = [];
    for (let i = 0; i < written; i++) top.push({ kmer: decodeKmer(dv.getUint32(i * 16, true), dv.getUint32(i * 16 + 4, true), k), count: dv.getUint32(i * 16 + 8, true) });
    const result: KmerResult = { k, canonical, totalKmers, distinctKmers, top };
    if (params.spectrum) {
      const h = new Uint32Array(x.memory.buffer, hist, HIST_LEN);
      const spectrum: { multiplicity: number; distinct: number }[] = [];
      for (let m = 1; m < HIST_LEN; m++) if (h[m]! > 0) spectrum.push({ multiplicity: m, distinct: h[m]! });
      const large = new Map<number, number>();
      for (const c of new Uint32Array(x.memory.buffer, big, x.bigLength())) large.set(c, (large.get(c) ?? 0) + 1);
      for (const [multiplicity, distinct] of [...large.entries()].sort((a, b) => a[0] - b[0])) spectrum.push({ multiplicity, distinct });
      result.spectrum = spectrum;
    }
    ctx?.onProgress?.(1);
    return result;
  } catch (err) {
    if (err instanceof KernelAbortError) throw new Error(`k-mer counting ran out of memory (${totalLength} bp in ${records.length} records, k = ${k}); count fewer records`);
    throw err;
  }
}
