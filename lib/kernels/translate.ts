/**
 * Translation on the `translate` WASM kernel: every NCBI genetic code, six frames, IUPAC
 * ambiguity resolved as lib/bio/translate.ts does (the reference it is tested against).
 */
import type { AnalysisRecord, Frame, OpContext, Translation, TranslateParams } from "@/lib/analysis/contract";
import { assertGeneticCode, loadCodonTable, type CodonTableExports } from "./codon-tables";
import type { KernelInstance, KernelProvider } from "./runtime";
import { checkAborted, checkNucleotideRecord, putSequence } from "./translate-input";

export interface TranslateExports extends CodonTableExports {
  translate(seq: number, len: number, frame: number, cds: number, toStop: number, out: number): number;
}

/** Frames in the order "all" reports them. */
export const ALL_FRAMES: readonly Frame[] = [1, 2, 3, -1, -2, -3];

export interface FrameOptions {
  table: number;
  cds?: boolean;
  toStop?: boolean;
}

const latin1 = new TextDecoder("latin1");

function isFrame(f: unknown): f is Frame {
  return f === 1 || f === 2 || f === 3 || f === -1 || f === -2 || f === -3;
}

/** Bases after the last full codon of a frame (0–2). */
export function trailingBases(length: number, frame: Frame): number {
  return Math.max(0, length - (Math.abs(frame) - 1)) % 3;
}

/**
 * Translates the given frames of one sequence (no input checks: any text is read as the
 * reference reads it). The sequence is copied into kernel memory once for all frames.
 */
export function translateFrames(k: KernelInstance<TranslateExports>, seq: string, frames: readonly Frame[], options: FrameOptions): string[] {
  k.exports.reset();
  loadCodonTable(k, options.table);
  const seqPtr = putSequence(k, seq);
  const out = k.exports.alloc(Math.floor(seq.length / 3) + 1);
  return frames.map((frame) => {
    const n = k.exports.translate(seqPtr, seq.length, frame, options.cds ? 1 : 0, options.toStop ? 1 : 0, out);
    return latin1.decode(k.view(out, n));
  });
}

/** The `translate` operation: one translation per record, or six (frames 1,2,3,-1,-2,-3) for "all". */
export async function runTranslate(kernels: KernelProvider, records: readonly AnalysisRecord[], params: TranslateParams, ctx?: OpContext): Promise<Translation[]> {
  assertGeneticCode(params.table);
  if (params.frame !== "all" && !isFrame(params.frame)) throw new RangeError(`frame must be 1, 2, 3, -1, -2, -3 or "all", got ${String(params.frame)}`);
  for (const r of records) checkNucleotideRecord(r, "translation");
  const frames = params.frame === "all" ? ALL_FRAMES : [params.frame];
  const k = await kernels<TranslateExports>("translate");
  const out: Translation[] = [];
  const total = records.reduce((sum, r) => sum + r.sequence.length, 0);
  let done = 0;
  for (const r of records) {
    checkAborted(ctx?.signal);
    const proteins = translateFrames(k, r.sequence, frames, { table: params.table, cds: params.cds === true, toStop: params.toStop === true });
    frames.forEach((frame, i) => out.push({ recordId: r.id, frame, protein: proteins[i]!, trailingBases: trailingBases(r.sequence.length, frame) }));
    done += r.sequence.length;
    ctx?.onProgress?.(total === 0 ? 1 : done / total);
  }
  return out;
}
