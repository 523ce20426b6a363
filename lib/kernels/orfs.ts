/**
 * ORF finding on the `orfs` WASM kernel (semantics of lib/bio/orfs.ts, the reference it is tested
 * against): one kernel call per frame and strand, proteins cut from the frame's translation.
 * Circular sequences are not wrapped.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord, type Frame, type OpContext, type Orf, type OrfParams, type StartPolicy } from "@/lib/analysis/contract";
import { compareOrfs } from "@/lib/bio/orfs";
import { assertGeneticCode, loadCodonTable, type CodonTableExports } from "./codon-tables";
import type { KernelInstance, KernelProvider } from "./runtime";
import { checkAborted, checkNucleotideRecord, putSequence } from "./translate-input";

export interface OrfsExports extends CodonTableExports {
  orfs(seq: number, len: number, frame: number, policy: number, nested: number, minAa: number, aaOut: number, scratch: number, out: number, maxOrfs: number): number;
}

const POLICY: Record<StartPolicy, number> = { atg: 0, alternative: 1, any: 2 };
const HAS_STOP = 1;
const FIRST_IS_START = 2;

const latin1 = new TextDecoder("latin1");

/** Thrown when a search finds more ORFs than the limit allows. */
export class TooManyOrfsError extends Error {
  constructor(recordId: string, limit: number) {
    super(`more than ${limit} ORFs (reached in record "${recordId}"); raise the minimum length or restrict the strands`);
    this.name = "TooManyOrfsError";
  }
}

/**
 * ORFs of one sequence, sorted by start, strand, end. More than `room` ORFs throw
 * {@link TooManyOrfsError} (whose message names `limit`, the operation's bound).
 */
export function findOrfsInSequence(k: KernelInstance<OrfsExports>, recordId: string, seq: string, params: OrfParams, room: number = ANALYSIS_LIMITS.maxOrfs, limit: number = room): Orf[] {
  k.exports.reset();
  loadCodonTable(k, params.table);
  const length = seq.length;
  const seqPtr = putSequence(k, seq);
  const codons = Math.floor(length / 3);
  const aaOut = k.exports.alloc(codons + 1);
  const scratch = k.exports.alloc(codons + 1);
  const capacity = Math.min(codons + 1, room + 1);
  const out = k.exports.alloc(capacity * 12);
  const frames: Frame[] = params.strands === "forward" ? [1, 2, 3] : params.strands === "reverse" ? [-1, -2, -3] : [1, 2, 3, -1, -2, -3];
  const orfs: Orf[] = [];
  for (const frame of frames) {
    const found = k.exports.orfs(seqPtr, length, frame, POLICY[params.startPolicy], params.nested ? 1 : 0, Math.ceil(params.minAaLength), aaOut, scratch, out, capacity);
    if (orfs.length + found > room) throw new TooManyOrfsError(recordId, limit);
    const offset = Math.abs(frame) - 1;
    const n = length > offset ? Math.floor((length - offset) / 3) : 0;
    const translation = latin1.decode(k.view(aaOut, n));
    const triples = new Int32Array(k.exports.memory.buffer, out, found * 3);
    for (let i = 0; i < found; i++) {
      const first = triples[3 * i]!;
      const stop = triples[3 * i + 1]!;
      const flags = triples[3 * i + 2]!;
      const hasStop = (flags & HAS_STOP) !== 0;
      const from = offset + 3 * first;
      const to = offset + 3 * stop + (hasStop ? 3 : 0);
      const body = translation.slice(first, stop);
      const protein = (flags & FIRST_IS_START) !== 0 ? `M${body.slice(1)}` : body;
      const forward = frame > 0;
      orfs.push({ recordId, start: forward ? from : length - to, end: forward ? to : length - from, strand: forward ? "+" : "-", frame, lengthAa: stop - first, protein, hasStop });
    }
  }
  return orfs.sort(compareOrfs);
}

/** The `orfs` operation: ORFs of every record in record order, each record's sorted by start, strand, end. */
export async function runOrfs(kernels: KernelProvider, records: readonly AnalysisRecord[], params: OrfParams, ctx?: OpContext): Promise<Orf[]> {
  assertGeneticCode(params.table);
  if (!Number.isFinite(params.minAaLength) || params.minAaLength < 0 || params.minAaLength > ANALYSIS_LIMITS.maxSequenceBytes) throw new RangeError(`minimum ORF length must be a number ≥ 0, got ${params.minAaLength}`);
  if (!Object.hasOwn(POLICY, params.startPolicy)) throw new RangeError(`start policy must be atg, alternative or any, got ${String(params.startPolicy)}`);
  if (params.strands !== "both" && params.strands !== "forward" && params.strands !== "reverse") throw new RangeError(`strands must be both, forward or reverse, got ${String(params.strands)}`);
  for (const r of records) checkNucleotideRecord(r, "ORF finding");
  const k = await kernels<OrfsExports>("orfs");
  const out: Orf[] = [];
  const total = records.reduce((sum, r) => sum + r.sequence.length, 0);
  let done = 0;
  for (const r of records) {
    checkAborted(ctx?.signal);
    for (const orf of findOrfsInSequence(k, r.id, r.sequence, params, ANALYSIS_LIMITS.maxOrfs - out.length, ANALYSIS_LIMITS.maxOrfs)) out.push(orf);
    done += r.sequence.length;
    ctx?.onProgress?.(total === 0 ? 1 : done / total);
  }
  return out;
}
