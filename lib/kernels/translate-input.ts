/**
 * Input checks and encoding shared by the translate and orfs kernel wrappers: records must look
 * like nucleotides and fit the size bound; sequences are copied into kernel memory one byte per
 * character, as the TypeScript reference (lib/bio/translate.ts) reads them character by character.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord } from "@/lib/analysis/contract";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import type { KernelExports, KernelInstance } from "./runtime";

/** Throws when a record is too large or a protein (lib/bio/molecule-type); `op` names the operation. */
export function checkNucleotideRecord(record: AnalysisRecord, op: string): void {
  if (record.sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) {
    throw new Error(`record "${record.id}": ${record.sequence.length} bases is more than ${op} accepts (${ANALYSIS_LIMITS.maxSequenceBytes})`);
  }
  requireNucleotideRecord(record, op);
}

// Byte for a non-ASCII character: U+017F (long s) upper-cases to S, which the reference expands
// as an IUPAC code; anything else is not a nucleotide code (read as X).
function byteFor(code: number): number {
  if (code < 0x80) return code;
  return code === 0x17f ? 0x53 : 0;
}

const encoder = new TextEncoder();

/** Copies `seq` into fresh kernel memory (one byte per UTF-16 unit); returns the pointer. */
export function putSequence(k: KernelInstance<KernelExports>, seq: string): number {
  const ptr = k.exports.alloc(seq.length);
  const view = k.view(ptr, seq.length);
  const { read, written } = encoder.encodeInto(seq, view);
  if (read !== seq.length || written !== seq.length) {
    for (let i = 0; i < seq.length; i++) view[i] = byteFor(seq.charCodeAt(i));
  }
  return ptr;
}

/** Throws the signal's reason when the operation was cancelled. */
export function checkAborted(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}
