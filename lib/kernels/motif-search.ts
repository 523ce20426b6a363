/**
 * Host side of the IUPAC matcher the `motif` and `digest` kernels share (wasm/lib/iupac-match.ts):
 * loads up to two equal-length patterns and lists their start positions in one sequence.
 */
import { writeAscii } from "./kmers-ascii";
import type { KernelExports, KernelInstance } from "./runtime";

export interface IupacMatchExports extends KernelExports {
  setPattern(slot: number, ptr: number, len: number): number;
  search(seq: number, len: number, patterns: number, startLimit: number, out: number, cap: number): number;
}

export interface PatternHit {
  start: number;
  /** Index of the pattern in the list given. */
  slot: number;
}

/**
 * Start positions (< `startLimit`) of `patterns` (1 or 2 upper-case IUPAC strings of equal
 * length, already validated) in `text`, in start order; null when there are more than `cap`.
 */
export function findPatternsInKernel(k: KernelInstance<IupacMatchExports>, text: string, patterns: readonly string[], startLimit: number, cap: number): PatternHit[] | null {
  const x = k.exports;
  x.reset();
  const enc = new TextEncoder();
  patterns.forEach((p, slot) => {
    const ptr = k.put(enc.encode(p));
    if (x.setPattern(slot, ptr, p.length) !== 0) throw new Error(`pattern of ${p.length} letters is not supported`);
  });
  const seq = x.alloc(Math.max(1, text.length));
  writeAscii(k.view(seq, text.length), text, 0, text.length);
  const out = x.alloc((cap + 1) * 4);
  const n = x.search(seq, text.length, patterns.length, startLimit, out, cap);
  if (n > cap) return null;
  const raw = new Uint32Array(x.memory.buffer, out, n);
  const hits: PatternHit[] = new Array<PatternHit>(n);
  for (let i = 0; i < n; i++) hits[i] = { start: raw[i]! >>> 1, slot: raw[i]! & 1 };
  return hits;
}
