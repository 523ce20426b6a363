/**
 * Codon translation with the NCBI tables in ./genetic-codes. Codons containing IUPAC ambiguity
 * codes are expanded: when every expansion gives the same amino acid that residue is used
 * (GCN → A), otherwise `X`. A trailing partial codon is ignored.
 */

import { getGeneticCode, type GeneticCode } from "./genetic-codes";

/** Options for {@link translate}. */
export interface TranslateOptions {
  /** NCBI table id (default 1, Standard). */
  table?: number;
  /**
   * CDS mode: when the first codon is one of the table's start codons it is read as M, as the
   * initiator tRNA does (e.g. GTG/TTG starts in bacteria, table 11).
   */
  cds?: boolean;
  /** Stop before the first stop codon (the stop is not included). */
  toStop?: boolean;
}

// Base index in TCAG order; -1 for ambiguity codes and other characters.
const BASE_INDEX = new Int8Array(128).fill(-1);
for (const [chars, i] of [["Tt", 0], ["Uu", 0], ["Cc", 1], ["Aa", 2], ["Gg", 3]] as const) {
  for (const ch of chars) BASE_INDEX[ch.charCodeAt(0)] = i;
}

// IUPAC nucleotide codes as sets of TCAG indices.
const IUPAC: Record<string, readonly number[]> = {
  T: [0], U: [0], C: [1], A: [2], G: [3],
  R: [2, 3], Y: [0, 1], S: [1, 3], W: [0, 2], K: [0, 3], M: [1, 2],
  B: [0, 1, 3], D: [0, 2, 3], H: [0, 1, 2], V: [1, 2, 3], N: [0, 1, 2, 3],
};

interface CompiledCode {
  code: GeneticCode;
  ambiguous: Map<string, { aa: string; start: boolean }>;
}
const compiled = new Map<number, CompiledCode>();

function compile(table: number): CompiledCode {
  let c = compiled.get(table);
  if (c === undefined) {
    c = { code: getGeneticCode(table), ambiguous: new Map() };
    compiled.set(table, c);
  }
  return c;
}

function expansions(ch: string): readonly number[] | undefined {
  return IUPAC[ch.toUpperCase()];
}

/** Resolve a codon with ambiguity codes: the shared amino acid of all expansions, or X. */
function resolveAmbiguous(c: CompiledCode, codon: string): { aa: string; start: boolean } {
  const cached = c.ambiguous.get(codon);
  if (cached !== undefined) return cached;
  let result: { aa: string; start: boolean };
  if (codon === "---") {
    result = { aa: "-", start: false };
  } else {
    const [s0, s1, s2] = [expansions(codon[0]!), expansions(codon[1]!), expansions(codon[2]!)];
    if (s0 === undefined || s1 === undefined || s2 === undefined) {
      result = { aa: "X", start: false };
    } else {
      let aa: string | null = null;
      let allStarts = true;
      let same = true;
      for (const a of s0) for (const b of s1) for (const d of s2) {
        const idx = a * 16 + b * 4 + d;
        const x = c.code.aminoAcids[idx]!;
        if (aa === null) aa = x;
        else if (aa !== x) same = false;
        if (c.code.starts[idx] !== "M") allStarts = false;
      }
      result = { aa: same && aa !== null ? aa : "X", start: allStarts };
    }
  }
  c.ambiguous.set(codon, result);
  return result;
}

/** Translate a nucleotide sequence to one-letter amino acids (`*` = stop). */
export function translate(seq: string, options: TranslateOptions = {}): string {
  const c = compile(options.table ?? 1);
  const { aminoAcids, starts } = c.code;
  const out: string[] = [];
  const codons = Math.floor(seq.length / 3);
  for (let k = 0; k < codons; k++) {
    const p = 3 * k;
    const c0 = seq.charCodeAt(p);
    const c1 = seq.charCodeAt(p + 1);
    const c2 = seq.charCodeAt(p + 2);
    const i0 = c0 < 128 ? BASE_INDEX[c0]! : -1;
    const i1 = c1 < 128 ? BASE_INDEX[c1]! : -1;
    const i2 = c2 < 128 ? BASE_INDEX[c2]! : -1;
    let aa: string;
    let start: boolean;
    if (i0 >= 0 && i1 >= 0 && i2 >= 0) {
      const idx = i0 * 16 + i1 * 4 + i2;
      aa = aminoAcids[idx]!;
      start = starts[idx] === "M";
    } else {
      ({ aa, start } = resolveAmbiguous(c, seq.slice(p, p + 3)));
    }
    if (k === 0 && options.cds === true && start) aa = "M";
    if (aa === "*" && options.toStop === true) break;
    out.push(aa);
  }
  return out.join("");
}

/** Whether a codon (DNA or RNA, any case) is a start codon in the given table. */
export function isStartCodon(codon: string, table = 1): boolean {
  return codon.length === 3 && resolveStart(codon, table);
}

function resolveStart(codon: string, table: number): boolean {
  const c = compile(table);
  const i = [0, 1, 2].map((k) => {
    const code = codon.charCodeAt(k);
    return code < 128 ? BASE_INDEX[code]! : -1;
  });
  if (i.every((x) => x >= 0)) return c.code.starts[i[0]! * 16 + i[1]! * 4 + i[2]!] === "M";
  return resolveAmbiguous(c, codon).start;
}

/** Whether a codon (DNA or RNA, any case) is a stop codon in the given table. */
export function isStopCodon(codon: string, table = 1): boolean {
  return codon.length === 3 && translate(codon, { table }) === "*";
}
