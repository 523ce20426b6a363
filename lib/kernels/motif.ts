/**
 * IUPAC motif search on the `motif` WASM kernel (the `motif` operation): same hits, order and
 * errors as the reference lib/bio/motif.ts (palindromic patterns are reported once, strand +),
 * at most ANALYSIS_LIMITS.maxMotifHits hits over all records.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord, type MotifHit, type MotifParams, type OpContext } from "@/lib/analysis/contract";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import { motifHit, motifPatterns, tooManyMotifHits } from "@/lib/bio/motif";
import { checkAborted } from "./kmers-ascii";
import { findPatternsInKernel, type IupacMatchExports } from "./motif-search";
import type { KernelProvider } from "./runtime";

export async function runMotif(kernels: KernelProvider, records: readonly AnalysisRecord[], params: MotifParams, ctx?: OpContext): Promise<MotifHit[]> {
  const patterns = motifPatterns(params);
  const k = await kernels<IupacMatchExports>("motif");
  const out: MotifHit[] = [];
  const m = patterns[0]!.pattern.length;
  for (const [i, r] of records.entries()) {
    checkAborted(ctx?.signal);
    requireNucleotideRecord(r, "motif search");
    if (r.sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) throw new Error(`record "${r.id}" is ${r.sequence.length} bp, more than the ${ANALYSIS_LIMITS.maxSequenceBytes} bp motif search accepts`);
    const cap = ANALYSIS_LIMITS.maxMotifHits - out.length;
    const hits = findPatternsInKernel(
      k,
      r.sequence,
      patterns.map((p) => p.pattern),
      r.sequence.length,
      cap,
    );
    if (!hits) throw tooManyMotifHits(r.id);
    for (const h of hits) out.push(motifHit(r.id, r.sequence, h.start, m, patterns[h.slot]!.strand));
    ctx?.onProgress?.((i + 1) / records.length);
  }
  return out;
}
