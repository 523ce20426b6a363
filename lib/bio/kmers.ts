/**
 * k-mer counting reference in plain TypeScript (a Map of k-mer strings), the oracle the WASM
 * kernel (lib/kernels/kmers.ts) is tested against. Bases are A, C, G, T (case-insensitive, U
 * read as T); a window containing any other letter is skipped. Canonical counting keys each
 * k-mer by the smaller of itself and its reverse complement (string order A < C < G < T).
 */
import type { KmerParams, KmerResult } from "@/lib/analysis/contract";
import { requireNucleotideRecord } from "./molecule-type";

export const KMER_MIN_K = 1;
export const KMER_MAX_K = 31;
/** Default number of most frequent k-mers returned. */
export const KMER_DEFAULT_TOP = 20;
/** Largest `top` accepted. */
export const KMER_MAX_TOP = 1_000_000;

const COMPLEMENT: Record<string, string> = { A: "T", C: "G", G: "C", T: "A" };

/** Reverse complement of an upper-case ACGT string. */
export function reverseComplementAcgt(kmer: string): string {
  let out = "";
  for (let i = kmer.length - 1; i >= 0; i--) out += COMPLEMENT[kmer[i]!];
  return out;
}

/** Throws when `k` or `top` are outside what the operation accepts. */
export function validateKmerParams(params: KmerParams): void {
  const { k, top } = params;
  if (!Number.isInteger(k) || k < KMER_MIN_K || k > KMER_MAX_K) throw new Error(`k must be an integer from ${KMER_MIN_K} to ${KMER_MAX_K}, got ${k}`);
  if (top !== undefined && (!Number.isInteger(top) || top < 0 || top > KMER_MAX_TOP)) throw new Error(`top must be an integer from 0 to ${KMER_MAX_TOP}, got ${top}`);
}

/** Whether (key, count) a ranks before b: higher count, then smaller key (numbers or strings of one length). */
function ranksBefore<K extends string | number>(a: [K, number], b: [K, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}

/** The `n` best (key, count) pairs: count descending, then key ascending (one pass, bounded list). */
export function rankKmers<K extends string | number>(entries: Iterable<[K, number]>, n: number): [K, number][] {
  const best: [K, number][] = [];
  if (n <= 0) return best;
  for (const e of entries) {
    if (best.length === n && !ranksBefore(e, best[n - 1]!)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranksBefore(best[mid]!, e)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, [e[0], e[1]]);
    if (best.length > n) best.pop();
  }
  return best;
}

/** Multiplicity → number of distinct k-mers, ascending by multiplicity. */
export function spectrumOf(counts: Iterable<number>): { multiplicity: number; distinct: number }[] {
  const hist = new Map<number, number>();
  for (const c of counts) hist.set(c, (hist.get(c) ?? 0) + 1);
  return [...hist.entries()].sort((a, b) => a[0] - b[0]).map(([multiplicity, distinct]) => ({ multiplicity, distinct }));
}

const BASE_VALUE: Record<string, number> = { A: 0, C: 1, G: 2, T: 3 };

/** A k-mer as a base-4 number (exact for k ≤ 26), ordered like the strings. */
function kmerNumber(kmer: string): number {
  let n = 0;
  for (let i = 0; i < kmer.length; i++) n = n * 4 + BASE_VALUE[kmer[i]!]!;
  return n;
}

function numberKmer(n: number, k: number): string {
  let s = "";
  for (let i = 0; i < k; i++) {
    s = "ACGT"[n % 4] + s;
    n = Math.floor(n / 4);
  }
  return s;
}

/** Largest k whose k-mers are keyed by number (exact doubles; strings beyond, slower). */
const NUMERIC_MAX_K = 26;

/** Counts k-mers over all sequences (no k-mer spans two sequences). */
export function countKmers(sequences: readonly { id: string; sequence: string }[], params: KmerParams): KmerResult {
  validateKmerParams(params);
  const { k, canonical } = params;
  // Keyed by number where exact: a Map of millions of short strings is dominated by GC.
  const numeric = k <= NUMERIC_MAX_K;
  const counts = new Map<string | number, number>();
  let total = 0;
  for (const record of sequences) {
    requireNucleotideRecord(record, "k-mer counting");
    const upper = record.sequence.toUpperCase().replace(/U/g, "T");
    for (const m of upper.matchAll(/[ACGT]+/g)) {
      const run = m[0];
      for (let i = 0; i + k <= run.length; i++) {
        let kmer = run.slice(i, i + k);
        if (canonical) {
          const rc = reverseComplementAcgt(kmer);
          if (rc < kmer) kmer = rc;
        }
        const key = numeric ? kmerNumber(kmer) : kmer;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        total++;
      }
    }
  }
  return {
    k,
    canonical,
    totalKmers: total,
    distinctKmers: counts.size,
    top: rankKmers(counts.entries(), params.top ?? KMER_DEFAULT_TOP).map(([key, count]) => ({ kmer: typeof key === "number" ? numberKmer(key, k) : key, count })),
    ...(params.spectrum ? { spectrum: spectrumOf(counts.values()) } : {}),
  };
}
