/** Pairwise alignment in plain TypeScript (the reference implementation), EMBOSS water/needle semantics. */
import type { AlignParams, AlignResult, AnalysisRecord } from "@/lib/analysis/contract";
import { globalReference, localReference } from "./reference";
import { buildScoring, encodeSequence } from "./scoring";
import { summarize } from "./summary";
import { checkAlignInputs, resolveAlignParams } from "./validate";

/** Aligns the sequences of two records with the TypeScript reference DP. */
export function alignReference(a: AnalysisRecord, b: AnalysisRecord, params: AlignParams): AlignResult {
  checkAlignInputs(a, b);
  const scoring = buildScoring(resolveAlignParams(a, b, params));
  const codesA = encodeSequence(scoring, a.id, a.sequence);
  const codesB = encodeSequence(scoring, b.id, b.sequence);
  const path = scoring.local ? localReference(scoring, codesA, codesB) : globalReference(scoring, codesA, codesB);
  return summarize(scoring, path, codesA, codesB, a.sequence, b.sequence);
}
