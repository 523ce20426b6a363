/** Input bounds for alignment (shared by the reference and the WASM wrapper). */
import { ANALYSIS_LIMITS, AUTO_ALIGN_MATRIX, type AlignParams, type AnalysisRecord } from "@/lib/analysis/contract";
import { isNucleotideType, moleculeType } from "../molecule-type";

/** `n` with thousands separators (1,600,000,000), independent of the locale. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Throws a clear error naming the record for empty or over-long inputs. */
export function checkAlignInputs(a: AnalysisRecord, b: AnalysisRecord): void {
  for (const r of [a, b]) {
    if (r.sequence.length === 0) throw new Error(`record "${r.id}" has an empty sequence; nothing to align`);
    if (r.sequence.length > ANALYSIS_LIMITS.maxAlignLength) {
      throw new Error(`record "${r.id}" is ${groupThousands(r.sequence.length)} residues long; alignment accepts at most ${groupThousands(ANALYSIS_LIMITS.maxAlignLength)}`);
    }
  }
  const cells = a.sequence.length * b.sequence.length;
  if (cells > ANALYSIS_LIMITS.maxAlignCells) {
    throw new Error(`records "${a.id}" × "${b.id}" need ${groupThousands(cells)} DP cells; alignment accepts at most ${groupThousands(ANALYSIS_LIMITS.maxAlignCells)}`);
  }
}

/**
 * The matrix EMBOSS would pick for a pair (lib/bio/molecule-type decides): EDNAFULL when both
 * are nucleotide (or one has no deciding letter), EBLOSUM62 otherwise; a DNA/protein pair is an
 * error, since either matrix would score one of them as the wrong alphabet.
 */
export function defaultAlignMatrix(a: AnalysisRecord, b: AnalysisRecord): string {
  const ta = moleculeType(a.sequence);
  const tb = moleculeType(b.sequence);
  if ((ta === "protein" && isNucleotideType(tb)) || (tb === "protein" && isNucleotideType(ta))) {
    const [nuc, prot, type] = ta === "protein" ? [b, a, tb] : [a, b, ta];
    throw new Error(`record "${nuc.id}" looks like ${type === "rna" ? "RNA" : "DNA"} but "${prot.id}" looks like protein; choose a matrix to align them anyway`);
  }
  return ta === "protein" || tb === "protein" || (ta === "unknown" && tb === "unknown") ? "EBLOSUM62" : "EDNAFULL";
}

/** Params with an auto (or empty) matrix replaced by {@link defaultAlignMatrix}. */
export function resolveAlignParams(a: AnalysisRecord, b: AnalysisRecord, params: AlignParams): AlignParams {
  const m = typeof params.matrix === "string" ? params.matrix.trim() : "";
  if (m !== "" && m.toLowerCase() !== AUTO_ALIGN_MATRIX) return params;
  return { ...params, matrix: defaultAlignMatrix(a, b) };
}
