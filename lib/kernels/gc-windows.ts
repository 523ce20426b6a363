/** GC content and skew along one sequence (the `gcWindows` operation) on the `seqstats` kernel. */
import { ANALYSIS_LIMITS, type GcWindowsParams, type GcWindowsResult } from "@/lib/analysis/contract";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import { gcWindowCount, gcWindowValues } from "./gc-windows-reference";
import { claimKernel, type SeqstatsExports } from "./seqstats-abi";
import type { KernelProvider } from "./runtime";

/**
 * GC% (over A/C/G/T/U, case-insensitive; null without any) and GC skew (G−C)/(G+C) (null when
 * G+C = 0) for windows [s, s + window) at s = 0, step, 2·step, … while they fit. A window
 * longer than the sequence gives one window over the whole sequence. A protein (by
 * lib/bio/molecule-type) is refused, naming the record.
 */
export async function runGcWindows(kernels: KernelProvider, input: string | { id: string; sequence: string }, params: GcWindowsParams): Promise<GcWindowsResult> {
  const sequence = typeof input === "string" ? input : input.sequence;
  // GC of a protein is meaningless (C is cysteine, G glycine): refused as translation refuses it.
  requireNucleotideRecord(typeof input === "string" ? { id: "sequence", sequence } : input, "a GC content and skew plot");
  if (sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) {
    throw new Error(`GC windows: sequence of ${sequence.length} letters is over the ${ANALYSIS_LIMITS.maxSequenceBytes}-letter limit`);
  }
  const count = gcWindowCount(sequence.length, params);
  const k = await kernels<SeqstatsExports>("seqstats");
  const release = claimKernel(k);
  k.exports.reset();
  try {
    // Letters outside Latin-1 are not G/C/A/T/U either: any byte ≥ 0x80 is simply not counted.
    const bytes = new Uint8Array(sequence.length);
    for (let i = 0; i < sequence.length; i++) {
      const code = sequence.charCodeAt(i);
      bytes[i] = code < 128 ? code : 0;
    }
    const ptr = k.put(bytes);
    const out = k.exports.alloc(count * 12);
    const n = k.exports.gcWindows(ptr, sequence.length, params.window, params.step, out);
    const counts = new Uint32Array(k.exports.memory.buffer, out, n * 3);
    const result: GcWindowsResult = { starts: new Array<number>(n), gcPercent: new Array<number | null>(n), gcSkew: new Array<number | null>(n) };
    for (let i = 0; i < n; i++) {
      const v = gcWindowValues(counts[3 * i]!, counts[3 * i + 1]!, counts[3 * i + 2]!);
      result.starts[i] = i * params.step;
      result.gcPercent[i] = v.gc;
      result.gcSkew[i] = v.skew;
    }
    return result;
  } finally {
    k.exports.reset();
    release();
  }
}
