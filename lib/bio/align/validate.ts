/** Input bounds for alignment (shared by the reference and the WASM wrapper). */
import { ANALYSIS_LIMITS, type AnalysisRecord } from "@/lib/analysis/contract";

/** Throws a clear error naming the record for empty or over-long inputs. */
export function checkAlignInputs(a: AnalysisRecord, b: AnalysisRecord): void {
  for (const r of [a, b]) {
    if (r.sequence.length === 0) throw new Error(`record "${r.id}" has an empty sequence; nothing to align`);
    if (r.sequence.length > ANALYSIS_LIMITS.maxAlignLength) {
      throw new Error(`record "${r.id}" is ${r.sequence.length} residues long; alignment accepts at most ${ANALYSIS_LIMITS.maxAlignLength}`);
    }
  }
  const cells = a.sequence.length * b.sequence.length;
  if (cells > ANALYSIS_LIMITS.maxAlignCells) {
    throw new Error(`records "${a.id}" × "${b.id}" need ${cells} DP cells; alignment accepts at most ${ANALYSIS_LIMITS.maxAlignCells}`);
  }
}
