/**
 * Dot plot reference in plain TypeScript (the oracle for the `dotplot` kernel). Positions i in A
 * and j in B whose k-letter words are equal are binned into a size×size grid: row =
 * floor(i·size/lenA), column = floor(j·size/lenB). DNA (the default) compares A/C/G/T words
 * case-insensitively (U as T; windows containing any other letter are skipped) and also counts
 * matches of A against the reverse complement of B, at B's forward coordinates. When either
 * sequence looks like protein, letters (A–Z, `*`) are compared directly and `reverse` stays zero.
 */
import { ANALYSIS_LIMITS, type DotPlotParams, type DotPlotResult } from "@/lib/analysis/contract";
import { moleculeType } from "./molecule-type";

export const DOTPLOT_MAX_K_DNA = 31;
export const DOTPLOT_MAX_K_PROTEIN = 12;
/** Most word matches binned in one plot (forward and reverse together). */
export const DOTPLOT_MAX_MATCHES = 200_000_000;

/** True when either sequence is a protein by lib/bio/molecule-type. */
export function isProteinPair(a: string, b: string): boolean {
  return moleculeType(a) === "protein" || moleculeType(b) === "protein";
}

/** Throws for a word size or grid size the plot cannot use. */
export function validateDotPlotParams(params: DotPlotParams, protein: boolean): void {
  const maxK = protein ? DOTPLOT_MAX_K_PROTEIN : DOTPLOT_MAX_K_DNA;
  if (!Number.isInteger(params.k) || params.k < 1 || params.k > maxK) throw new Error(`word size k must be an integer from 1 to ${maxK} for ${protein ? "protein" : "DNA"}, got ${params.k}`);
  if (!Number.isInteger(params.size) || params.size < 1 || params.size > ANALYSIS_LIMITS.maxDotPlotSize) throw new Error(`grid size must be an integer from 1 to ${ANALYSIS_LIMITS.maxDotPlotSize}, got ${params.size}`);
}

/** Error for plots with more than DOTPLOT_MAX_MATCHES word matches. */
export function tooManyMatches(k: number): Error {
  return new Error(`more than ${DOTPLOT_MAX_MATCHES} matching ${k}-letter words; use a larger word size`);
}

const DNA_COMPLEMENT: Record<string, string> = { A: "T", C: "G", G: "C", T: "A" };

function words(seq: string, k: number, protein: boolean): { word: string; at: number }[] {
  const up = protein ? seq.toUpperCase() : seq.toUpperCase().replace(/U/g, "T");
  const re = protein ? /[A-Z*]+/g : /[ACGT]+/g;
  const out: { word: string; at: number }[] = [];
  for (const m of up.matchAll(re)) for (let i = 0; i + k <= m[0].length; i++) out.push({ word: m[0].slice(i, i + k), at: m.index + i });
  return out;
}

export function dotPlot(a: string, b: string, params: DotPlotParams): DotPlotResult {
  const protein = isProteinPair(a, b);
  validateDotPlotParams(params, protein);
  const { k, size } = params;
  const forward = new Uint32Array(size * size);
  const reverse = new Uint32Array(size * size);
  const index = new Map<string, number[]>();
  for (const { word, at } of words(b, k, protein)) {
    const list = index.get(word);
    if (list) list.push(at);
    else index.set(word, [at]);
  }
  let matches = 0;
  for (const { word, at: i } of words(a, k, protein)) {
    const row = Math.floor((i * size) / a.length) * size;
    const lookups: [string, Uint32Array][] = [[word, forward]];
    if (!protein) lookups.push([[...word].reverse().map((c) => DNA_COMPLEMENT[c]).join(""), reverse]);
    for (const [w, grid] of lookups) {
      const js = index.get(w) ?? [];
      matches += js.length;
      if (matches > DOTPLOT_MAX_MATCHES) throw tooManyMatches(k);
      for (const j of js) grid[row + Math.floor((j * size) / b.length)]!++;
    }
  }
  return { lengthA: a.length, lengthB: b.length, size, forward, reverse };
}
