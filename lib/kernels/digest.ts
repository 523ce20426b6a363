/**
 * Restriction digest on the `digest` WASM kernel (the `digest` operation): the kernel finds the
 * recognition sites, lib/bio/digest.ts turns them into cut sites and fragments (conventions
 * documented there). Same results as the reference `digestRecords`.
 */
import { ANALYSIS_LIMITS, type AnalysisRecord, type DigestParams, type DigestResult, type OpContext } from "@/lib/analysis/contract";
import { buildDigest, DIGEST_MAX_SITES, enzymePatterns, resolveEnzymes, searchText, tooManySites, type SiteHit } from "@/lib/bio/digest";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import { checkAborted } from "./kmers-ascii";
import { findPatternsInKernel, type IupacMatchExports } from "./motif-search";
import type { KernelProvider } from "./runtime";

export async function runDigest(kernels: KernelProvider, records: readonly AnalysisRecord[], params: DigestParams, ctx?: OpContext): Promise<DigestResult[]> {
  const enzymes = resolveEnzymes(params);
  const k = await kernels<IupacMatchExports>("digest");
  const results: DigestResult[] = [];
  for (const [i, r] of records.entries()) {
    requireNucleotideRecord(r, "a restriction digest");
    if (r.sequence.length > ANALYSIS_LIMITS.maxSequenceBytes) throw new Error(`record "${r.id}" is ${r.sequence.length} bp, more than the ${ANALYSIS_LIMITS.maxSequenceBytes} bp a digest accepts`);
    const circular = Boolean(r.circular) || params.circular;
    const hits: SiteHit[] = [];
    for (const z of enzymes) {
      checkAborted(ctx?.signal);
      const patterns = enzymePatterns(z);
      const found = findPatternsInKernel(
        k,
        searchText(r.sequence, circular, z.site.length),
        patterns.map((p) => p.pattern),
        r.sequence.length,
        DIGEST_MAX_SITES - hits.length,
      );
      if (!found) throw tooManySites(r.id);
      for (const h of found) hits.push({ enzyme: z, position: h.start, strand: patterns[h.slot]!.strand });
    }
    results.push(buildDigest(r.id, r.sequence.length, circular, hits));
    ctx?.onProgress?.((i + 1) / records.length);
  }
  return results;
}
