import type { DotPlotResult } from "@/lib/analysis/contract";
import type { MoleculeType } from "@/lib/bio/molecule-type";

/**
 * The dot plot's word size and what its result means for the page: a word size chosen by
 * molecule type when the user leaves it empty (3 residues for protein, 11 bases for DNA/RNA;
 * 11-residue words practically never repeat between two proteins), and whether any word
 * matched. Pure.
 */

export const DOTPLOT_AUTO_K = { protein: 3, nucleotide: 11 } as const;
/** Largest word size the dot plot accepts for DNA/RNA and for protein (lib/bio/dotplot). */
export const DOTPLOT_MAX_K = { protein: 12, nucleotide: 31 } as const;

/** Whether a pair is compared as protein: either side is a protein (the kernel's rule). */
export function isProteinPair(a: MoleculeType, b: MoleculeType): boolean {
  return a === "protein" || b === "protein";
}

/** The word size sent: the user's, or the default of the molecule type when "auto". */
export function dotPlotWordSize(k: number | "auto", protein: boolean): number {
  if (k !== "auto") return k;
  return protein ? DOTPLOT_AUTO_K.protein : DOTPLOT_AUTO_K.nucleotide;
}

/** A problem with a chosen word size for the pair's molecule type, or null. */
export function dotPlotWordProblem(k: number | "auto", protein: boolean): string | null {
  if (k === "auto" || !protein || k <= DOTPLOT_MAX_K.protein) return null;
  return `Word size ${k} is too long for protein: choose at most ${DOTPLOT_MAX_K.protein} (or leave it empty for ${DOTPLOT_AUTO_K.protein}).`;
}

/** True when no word matched anywhere (both grids are all zero). */
export function dotPlotIsEmpty(result: Pick<DotPlotResult, "forward" | "reverse">): boolean {
  for (const grid of [result.forward, result.reverse]) for (let i = 0; i < grid.length; i++) if (grid[i] !== 0) return false;
  return true;
}
