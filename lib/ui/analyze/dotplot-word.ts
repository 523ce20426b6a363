import type { DotPlotResult } from "@/lib/analysis/contract";
import { DOTPLOT_MAX_K_DNA, DOTPLOT_MAX_K_PROTEIN } from "@/lib/bio/dotplot";
import type { MoleculeType } from "@/lib/bio/molecule-type";
import { formatCount as count } from "../format";
import { givenValue } from "./option-values";

/**
 * The dot plot's word size and what its result means for the page: a word size chosen by
 * molecule type when the user leaves it empty (3 residues for protein, 11 bases for DNA/RNA;
 * 11-residue words practically never repeat between two proteins), the checks of a chosen one
 * (its range by molecule type, a word longer than a sequence), and why a plot is empty.
 * Messages name the allowed range and the value given. Pure.
 */

export const DOTPLOT_AUTO_K = { protein: 3, nucleotide: 11 } as const;
/** Largest word size the dot plot accepts for DNA/RNA and for protein: the kernel's own limits. */
export const DOTPLOT_MAX_K = { protein: DOTPLOT_MAX_K_PROTEIN, nucleotide: DOTPLOT_MAX_K_DNA } as const;

/** Whether a pair is compared as protein: either side is a protein (the kernel's rule). */
export function isProteinPair(a: MoleculeType, b: MoleculeType): boolean {
  return a === "protein" || b === "protein";
}

/** The word size sent: the user's, or the default of the molecule type when "auto". */
export function dotPlotWordSize(k: number | "auto", protein: boolean): number {
  if (k !== "auto") return k;
  return protein ? DOTPLOT_AUTO_K.protein : DOTPLOT_AUTO_K.nucleotide;
}

/** A problem with the word size field on its own (a whole number in the DNA range, or empty), or null. */
export function dotPlotWordOptionProblem(k: number | "auto"): string | null {
  if (k === "auto" || (Number.isInteger(k) && k >= 1 && k <= DOTPLOT_MAX_K.nucleotide)) return null;
  return `Word size must be a whole number from 1 to ${DOTPLOT_MAX_K.nucleotide} bases for DNA/RNA or 1 to ${DOTPLOT_MAX_K.protein} residues for protein, or left empty to choose by molecule type; ${givenValue(k)}.`;
}

/** One input's first record as the pre-run look saw it: its label and length (null when unknown). */
export interface DotPlotSide {
  /** "A" or "B". */
  side: "A" | "B";
  id: string;
  length: number | null;
}

function sideName(s: DotPlotSide): string {
  return `sequence ${s.side}${s.id === "" ? "" : ` (${s.id})`}`;
}

/**
 * A problem with the word size for this pair, or null: over the protein range when either side
 * is a protein, or longer than one of the sequences (no word would fit, so the plot would be
 * empty). Lengths not known before the run are not checked.
 */
export function dotPlotWordProblem(k: number | "auto", protein: boolean, sides: readonly DotPlotSide[] = []): string | null {
  if (k !== "auto" && protein && k > DOTPLOT_MAX_K.protein) {
    return `Word size must be a whole number from 1 to ${DOTPLOT_MAX_K.protein} residues for protein (sequence A or B is a protein); got ${count(k)}. Leave it empty for ${DOTPLOT_AUTO_K.protein}.`;
  }
  const size = dotPlotWordSize(k, protein);
  const unit = protein ? "residues" : "bases";
  for (const s of sides) {
    if (s.length === null) continue;
    const name = sideName(s);
    if (s.length === 0) return `${name.charAt(0).toUpperCase()}${name.slice(1)} is empty: there is nothing to compare.`;
    if (size > s.length) {
      const chosen = k === "auto" ? `The automatic word size (${size} ${unit} for ${protein ? "protein" : "DNA/RNA"})` : `Word size ${count(size)}`;
      return `${chosen} is longer than ${name}, which has ${count(s.length)} ${unit}: no word fits in it. Choose a word size of at most ${count(s.length)}.`;
    }
  }
  return null;
}

/** Why a dot plot has no matching word: a word longer than a sequence, or simply no shared word. */
export function dotPlotEmptyMessage(result: Pick<DotPlotResult, "lengthA" | "lengthB">, k: number, protein: boolean, nameA: string, nameB: string): string {
  const unit = protein ? "residues" : "bases";
  const shorter = result.lengthA <= result.lengthB ? { name: nameA, length: result.lengthA } : { name: nameB, length: result.lengthB };
  if (k > shorter.length) return `The word size ${count(k)} is longer than ${shorter.name} (${count(shorter.length)} ${unit}): no word fits in it. Choose a word size of at most ${count(shorter.length)}.`;
  return `No matching words of length ${count(k)} between ${nameA} and ${nameB} — try a smaller word size.`;
}

/** True when no word matched anywhere (both grids are all zero). */
export function dotPlotIsEmpty(result: Pick<DotPlotResult, "forward" | "reverse">): boolean {
  for (const grid of [result.forward, result.reverse]) for (let i = 0; i < grid.length; i++) if (grid[i] !== 0) return false;
  return true;
}
