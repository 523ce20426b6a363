/**
 * IUPAC motif search reference in plain TypeScript (the oracle for the `motif` kernel): every
 * start position (overlapping hits), both strands, case-insensitive, coordinates on the forward
 * strand. A reverse-strand hit is a forward-strand match of the pattern's reverse complement.
 * A palindromic pattern (its own reverse complement) is searched once and reported with strand
 * `+` — the same rule restriction digests use for palindromic sites.
 */
import { ANALYSIS_LIMITS, type MotifHit, type MotifParams } from "@/lib/analysis/contract";
import { iupacMatches, isPalindromic, normalizeIupacPattern, reverseComplementIupac } from "./iupac";
import { requireNucleotideRecord } from "./molecule-type";
import { reverseComplement } from "./sequence";

/** Longest motif pattern accepted. */
export const MOTIF_MAX_PATTERN_LENGTH = 1024;

/** The patterns to search (forward, and the reverse complement unless palindromic or forward-only). */
export function motifPatterns(params: MotifParams): { pattern: string; strand: "+" | "-" }[] {
  const pattern = normalizeIupacPattern(params.pattern, `motif pattern "${params.pattern}"`);
  if (pattern.length > MOTIF_MAX_PATTERN_LENGTH) throw new Error(`motif pattern is ${pattern.length} letters long, more than ${MOTIF_MAX_PATTERN_LENGTH}`);
  if (params.strands !== "both" && params.strands !== "forward") throw new Error(`strands must be "both" or "forward", got ${JSON.stringify(params.strands)}`);
  const out: { pattern: string; strand: "+" | "-" }[] = [{ pattern, strand: "+" }];
  if (params.strands === "both" && !isPalindromic(pattern)) out.push({ pattern: reverseComplementIupac(pattern), strand: "-" });
  return out;
}

/** Forward-strand start positions where `pattern` (upper-case IUPAC) matches `seq`. */
export function findPattern(seq: string, pattern: string): number[] {
  const hits: number[] = [];
  const m = pattern.length;
  for (let i = 0; i + m <= seq.length; i++) {
    let j = 0;
    while (j < m && iupacMatches(seq[i + j]!, pattern[j]!)) j++;
    if (j === m) hits.push(i);
  }
  return hits;
}

/** The hit as reported: matched bases as they read on the hit's strand. */
export function motifHit(recordId: string, seq: string, start: number, length: number, strand: "+" | "-"): MotifHit {
  const bases = seq.slice(start, start + length);
  return { recordId, start, end: start + length, strand, matched: strand === "+" ? bases : reverseComplement(bases) };
}

/** Error for more hits than ANALYSIS_LIMITS.maxMotifHits. */
export function tooManyMotifHits(recordId: string): Error {
  return new Error(`more than ${ANALYSIS_LIMITS.maxMotifHits} motif hits (reached in record "${recordId}"); use a more specific pattern or fewer records`);
}

/** All hits in all records, ordered by record, start, then strand (+ before −). */
export function searchMotif(records: readonly { id: string; sequence: string }[], params: MotifParams): MotifHit[] {
  const patterns = motifPatterns(params);
  const out: MotifHit[] = [];
  for (const r of records) {
    requireNucleotideRecord(r, "motif search");
    const hits: MotifHit[] = [];
    for (const { pattern, strand } of patterns) for (const start of findPattern(r.sequence, pattern)) hits.push(motifHit(r.id, r.sequence, start, pattern.length, strand));
    hits.sort((a, b) => a.start - b.start || (a.strand === b.strand ? 0 : a.strand === "+" ? -1 : 1));
    if (out.length + hits.length > ANALYSIS_LIMITS.maxMotifHits) throw tooManyMotifHits(r.id);
    for (const h of hits) out.push(h);
  }
  return out;
}
