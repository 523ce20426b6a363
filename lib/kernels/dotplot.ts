/**
 * Dot plot on the `dotplot` WASM kernel (the `dotplot` operation): B's words are indexed in the
 * kernel (B at most DOTPLOT_MAX_INDEXED_LENGTH letters), A is scanned against them,
 * O(lenA + lenB + matches) with at most DOTPLOT_MAX_MATCHES matches binned. Same grids and
 * errors as the reference lib/bio/dotplot.ts.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord, type DotPlotParams, type DotPlotResult, type OpContext } from "@/lib/analysis/contract";
import { DOTPLOT_MAX_MATCHES, isProteinPair, tooManyMatches, validateDotPlotParams } from "@/lib/bio/dotplot";
import { checkAborted, writeAscii } from "./kmers-ascii";
import type { KernelExports, KernelProvider } from "./runtime";

/** Longest B: its word index (16-byte hash slots, ≥ 4/3 per word) stays within 512 MiB. */
export const DOTPLOT_MAX_INDEXED_LENGTH = 25_000_000;

export interface DotPlotExports extends KernelExports {
  indexB(ptr: number, len: number, k: number, protein: number): void;
  scanA(ptr: number, lenA: number, lenB: number, size: number, fwdGrid: number, revGrid: number, maxMatches: number): number;
}

export async function runDotPlot(kernels: KernelProvider, a: AnalysisRecord, b: AnalysisRecord, params: DotPlotParams, ctx?: OpContext): Promise<DotPlotResult> {
  const protein = isProteinPair(a.sequence, b.sequence);
  validateDotPlotParams(params, protein);
  for (const r of [a, b]) if (r.sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) throw new Error(`record "${r.id}" is ${r.sequence.length} letters, more than the ${ANALYSIS_LIMITS.maxSequenceBytes} a dot plot accepts`);
  if (b.sequence.length > DOTPLOT_MAX_INDEXED_LENGTH) throw new Error(`record "${b.id}" is ${b.sequence.length} letters; the second dot-plot sequence is indexed in memory and may have at most ${DOTPLOT_MAX_INDEXED_LENGTH}`);
  const { k, size } = params;
  const kernel = await kernels<DotPlotExports>("dotplot");
  const x = kernel.exports;
  x.reset();
  checkAborted(ctx?.signal);
  const lenA = a.sequence.length;
  const lenB = b.sequence.length;
  const pb = x.alloc(Math.max(1, lenB));
  writeAscii(kernel.view(pb, lenB), b.sequence, 0, lenB);
  x.indexB(pb, lenB, k, protein ? 1 : 0);
  ctx?.onProgress?.(0.3);
  checkAborted(ctx?.signal);
  const pa = x.alloc(Math.max(1, lenA));
  writeAscii(kernel.view(pa, lenA), a.sequence, 0, lenA);
  const cells = size * size;
  const fwd = x.alloc(cells * 4);
  const rev = x.alloc(cells * 4);
  new Uint32Array(x.memory.buffer, fwd, cells).fill(0);
  new Uint32Array(x.memory.buffer, rev, cells).fill(0);
  if (x.scanA(pa, lenA, lenB, size, fwd, rev, DOTPLOT_MAX_MATCHES) < 0) throw tooManyMatches(k);
  const forward = new Uint32Array(x.memory.buffer, fwd, cells).slice();
  const reverse = new Uint32Array(x.memory.buffer, rev, cells).slice();
  ctx?.onProgress?.(1);
  return { lengthA: lenA, lengthB: lenB, size, forward, reverse };
}
