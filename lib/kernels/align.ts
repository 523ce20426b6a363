/**
 * Pairwise alignment on the `align` WASM kernel (EMBOSS water/needle semantics). Scores come from
 * the striped 8 × i16 SIMD kernels (re-run exactly when i16 saturates: 4 × i32 lanes for local,
 * the scalar kernel for global), the alignment from the scalar kernel's checkpointed traceback
 * (memory O(√n·m)). Results equal lib/bio/align `alignReference`, the plain TypeScript reference
 * these wrappers are tested against.
 */
import type { AlignParams, AlignResult, AnalysisRecord, OpContext } from "@/lib/analysis/contract";
import { OP_GAP_A, OP_GAP_B, OP_PAIR, type AlignPath } from "@/lib/bio/align/path";
import { buildScoring, encodeSequence, maxAbsScore, maxScore, type Scoring } from "@/lib/bio/align/scoring";
import { summarize } from "@/lib/bio/align/summary";
import { checkAlignInputs, resolveAlignParams } from "@/lib/bio/align/validate";
import type { KernelExports, KernelInstance, KernelProvider } from "./runtime";

export interface AlignExports extends KernelExports {
  resultSlots: WebAssembly.Global;
  localScore(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number): number;
  localAlign(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number, out: number): number;
  globalScore(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number, endWeight: number, eo: number, ee: number): number;
  globalAlign(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number, endWeight: number, eo: number, ee: number, out: number): number;
  localScoreSimd16(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number, maxScore: number): number;
  localScoreSimd32(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number): number;
  globalScoreSimd16(a: number, n: number, b: number, m: number, scores: number, size: number, o: number, e: number, endWeight: number, eo: number, ee: number, maxAbs: number): number;
  simdOverflow: WebAssembly.Global;
}

/**
 * Which kernel computes a score: striped SIMD when gap extend ≤ open (local: 8 × i16, re-run with
 * 4 × i32 lanes when it saturates, "simd32" forces those; global: 8 × i16, re-run on the scalar
 * kernel when it saturates) or scalar i32.
 */
export type ScoreKernel = "simd" | "simd32" | "scalar";

interface Loaded {
  a: number;
  b: number;
  scores: number;
}

function load(k: KernelInstance<AlignExports>, s: Scoring, codesA: Uint8Array, codesB: Uint8Array): Loaded {
  k.exports.reset();
  const scores = k.put(new Uint8Array(s.scores.buffer, s.scores.byteOffset, s.scores.byteLength));
  const a = k.put(codesA);
  const b = k.put(codesB);
  return { a, b, scores };
}

function abortIfNeeded(ctx: OpContext | undefined): void {
  if (ctx?.signal?.aborted) throw new DOMException("alignment aborted", "AbortError");
}

/** Scaled score of an encoded pair on the chosen kernel (the bench and parity tests call this). */
export function alignScoreCodes(k: KernelInstance<AlignExports>, s: Scoring, codesA: Uint8Array, codesB: Uint8Array, kernel: ScoreKernel): number {
  const p = load(k, s, codesA, codesB);
  const x = k.exports;
  const n = codesA.length;
  const m = codesB.length;
  // The striped kernels run fastest with the shorter sequence as the query (the score is symmetric).
  const [q, qn, d, dn] = n <= m ? [p.a, n, p.b, m] : [p.b, m, p.a, n];
  if (!s.local) {
    const endWeight = s.endWeight ? 1 : 0;
    if (kernel !== "scalar" && s.gapExtend <= s.gapOpen && (!s.endWeight || s.endGapExtend <= s.endGapOpen)) {
      const score = x.globalScoreSimd16(q, qn, d, dn, p.scores, s.size, s.gapOpen, s.gapExtend, endWeight, s.endGapOpen, s.endGapExtend, maxAbsScore(s));
      if (score !== (x.simdOverflow.value as number)) return score;
    }
    return x.globalScore(p.a, n, p.b, m, p.scores, s.size, s.gapOpen, s.gapExtend, endWeight, s.endGapOpen, s.endGapExtend);
  }
  if (kernel !== "scalar" && s.gapExtend <= s.gapOpen) {
    if (kernel === "simd" && s.gapOpen < 16384) {
      const score = x.localScoreSimd16(q, qn, d, dn, p.scores, s.size, s.gapOpen, s.gapExtend, maxScore(s));
      if (score >= 0) return score;
    }
    return x.localScoreSimd32(q, qn, d, dn, p.scores, s.size, s.gapOpen, s.gapExtend);
  }
  return x.localScore(p.a, n, p.b, m, p.scores, s.size, s.gapOpen, s.gapExtend);
}

/** The alignment path from the scalar kernel's checkpointed traceback. */
export function alignPathCodes(k: KernelInstance<AlignExports>, s: Scoring, codesA: Uint8Array, codesB: Uint8Array): AlignPath {
  const p = load(k, s, codesA, codesB);
  const x = k.exports;
  const n = codesA.length;
  const m = codesB.length;
  const out = x.alloc(n + m);
  const count = s.local
    ? x.localAlign(p.a, n, p.b, m, p.scores, s.size, s.gapOpen, s.gapExtend, out)
    : x.globalAlign(p.a, n, p.b, m, p.scores, s.size, s.gapOpen, s.gapExtend, s.endWeight ? 1 : 0, s.endGapOpen, s.endGapExtend, out);
  const slots = new Int32Array(x.memory.buffer, x.resultSlots.value as number, 4);
  const ops = k.copy(out, count).reverse();
  for (const op of ops) if (op !== OP_PAIR && op !== OP_GAP_A && op !== OP_GAP_B) throw new Error(`align kernel produced an invalid column op ${op}`);
  return { score: slots[0]!, startA: slots[1]!, startB: slots[2]!, ops };
}

function prepare(a: AnalysisRecord, b: AnalysisRecord, params: AlignParams) {
  checkAlignInputs(a, b);
  const scoring = buildScoring(resolveAlignParams(a, b, params));
  return { scoring, codesA: encodeSequence(scoring, a.id, a.sequence), codesB: encodeSequence(scoring, b.id, b.sequence) };
}

/** Score only (EMBOSS units), on the SIMD kernel by default. */
export async function runAlignScore(kernels: KernelProvider, a: AnalysisRecord, b: AnalysisRecord, params: AlignParams, kernel: ScoreKernel = "simd"): Promise<number> {
  const { scoring, codesA, codesB } = prepare(a, b, params);
  const k = await kernels<AlignExports>("align");
  return alignScoreCodes(k, scoring, codesA, codesB, kernel) / scoring.scale;
}

/**
 * The `align` operation: EMBOSS water (local) / needle (global) alignment of two records. An
 * "auto" (or empty) matrix is chosen by molecule type; `result.matrix` names the matrix used.
 */
export async function runAlign(kernels: KernelProvider, a: AnalysisRecord, b: AnalysisRecord, params: AlignParams, ctx?: OpContext): Promise<AlignResult> {
  const { scoring, codesA, codesB } = prepare(a, b, params);
  abortIfNeeded(ctx);
  const k = await kernels<AlignExports>("align");
  ctx?.onProgress?.(0);
  // The SIMD score (fast) cross-checks the one the traceback pass finds.
  const score = alignScoreCodes(k, scoring, codesA, codesB, "simd");
  ctx?.onProgress?.(0.3);
  abortIfNeeded(ctx);
  const path = alignPathCodes(k, scoring, codesA, codesB);
  if (path.score !== score) throw new Error(`align kernels disagree on the score (${score / scoring.scale} vs ${path.score / scoring.scale})`);
  ctx?.onProgress?.(1);
  return summarize(scoring, path, codesA, codesB, a.sequence, b.sequence);
}
