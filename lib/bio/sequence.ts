/**
 * Sequence helpers: base composition, GC content and IUPAC reverse complement (molecule types:
 * lib/bio/molecule-type.ts). Codes follow the IUPAC-IUB nucleotide nomenclature (Cornish-Bowden
 * 1985, Nucleic Acids Res. 13:3021).
 */

/** Per-class base counts of a nucleotide sequence (case-insensitive). */
export interface BaseCounts {
  /** All characters counted (whitespace is not part of a sequence). */
  length: number;
  a: number;
  c: number;
  g: number;
  t: number;
  u: number;
  n: number;
  /** Everything else: other IUPAC ambiguity codes, gaps, protein letters. */
  other: number;
  lowercase: number;
}

/** Count bases by class; case-insensitive, with a separate count of lowercase (soft-masked) letters. */
export function countBases(seq: string): BaseCounts {
  const counts: BaseCounts = { length: seq.length, a: 0, c: 0, g: 0, t: 0, u: 0, n: 0, other: 0, lowercase: 0 };
  for (let i = 0; i < seq.length; i++) {
    const code = seq.charCodeAt(i);
    if (code >= 97 && code <= 122) counts.lowercase++;
    switch (code | 0x20) {
      case 97: counts.a++; break;
      case 99: counts.c++; break;
      case 103: counts.g++; break;
      case 116: counts.t++; break;
      case 117: counts.u++; break;
      case 110: counts.n++; break;
      default: counts.other++;
    }
  }
  return counts;
}

/** How GC content is normalised: over unambiguous A/C/G/T(/U) only, or over the whole length. */
export type GcMode = "acgt" | "all";

/** GC percentage from base counts, or null when the denominator is zero. */
export function gcPercentFromCounts(gc: number, acgt: number, length: number, mode: GcMode = "acgt"): number | null {
  const denominator = mode === "acgt" ? acgt : length;
  return denominator === 0 ? null : (100 * gc) / denominator;
}

/**
 * GC content in percent. "acgt" (default) divides G+C by A+C+G+T+U, so ambiguity codes such
 * as N are excluded; "all" divides by the full length. Null for an empty denominator.
 */
export function gcPercent(seq: string, mode: GcMode = "acgt"): number | null {
  const c = countBases(seq);
  return gcPercentFromCounts(c.g + c.c, c.a + c.c + c.g + c.t + c.u, c.length, mode);
}

/** Number of N/n characters. */
export function nCount(seq: string): number {
  let n = 0;
  for (let i = 0; i < seq.length; i++) if ((seq.charCodeAt(i) | 0x20) === 110) n++;
  return n;
}

// IUPAC complement pairs; symmetric codes (S, W, N) map to themselves. Gap and stop
// symbols are left unchanged.
const DNA_COMPLEMENT: Record<string, string> = {
  A: "T", T: "A", U: "A", G: "C", C: "G",
  R: "Y", Y: "R", S: "S", W: "W", K: "M", M: "K",
  B: "V", V: "B", D: "H", H: "D", N: "N",
};

function buildComplementTable(rna: boolean): Uint16Array {
  const table = new Uint16Array(65536);
  for (let i = 0; i < table.length; i++) table[i] = i;
  for (const [from, to] of Object.entries(DNA_COMPLEMENT)) {
    const target = rna && to === "T" ? "U" : to;
    table[from.charCodeAt(0)] = target.charCodeAt(0);
    table[from.toLowerCase().charCodeAt(0)] = target.toLowerCase().charCodeAt(0);
  }
  return table;
}

let dnaTable: Uint16Array | null = null;
let rnaTable: Uint16Array | null = null;

function hasUWithoutT(seq: string): boolean {
  let u = false;
  for (let i = 0; i < seq.length; i++) {
    const c = seq.charCodeAt(i) | 0x20;
    if (c === 116) return false;
    if (c === 117) u = true;
  }
  return u;
}

/**
 * IUPAC reverse complement, preserving case. A sequence containing U but no T is treated as
 * RNA (A pairs with U); otherwise as DNA (U is complemented to A). Non-IUPAC characters such
 * as `-` or `*` are kept in place (reversed).
 */
export function reverseComplement(seq: string): string {
  const rna = hasUWithoutT(seq);
  const table = rna ? (rnaTable ??= buildComplementTable(true)) : (dnaTable ??= buildComplementTable(false));
  const n = seq.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[n - 1 - i] = table[seq.charCodeAt(i)]!;
  // Decode in slices: String.fromCharCode with a huge argument list overflows the stack.
  let result = "";
  const step = 8192;
  for (let i = 0; i < n; i += step) result += String.fromCharCode(...out.subarray(i, Math.min(n, i + step)));
  return result;
}

/** True when base-class counts look like a nucleotide sequence (≥ 90% A/C/G/T/U/N; dataset summaries). */
export function looksNucleotide(acgtnCount: number, length: number): boolean {
  return length > 0 && acgtnCount >= 0.9 * length;
}

/** N50: the length L such that sequences of length ≥ L hold at least half of all bases (0 if none). */
export function n50(lengths: ArrayLike<number>): number {
  // Typed-array sort is numeric and native: fast even for millions of records.
  const sorted = Float64Array.from(lengths).sort();
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i]!;
  if (total === 0) return 0;
  let running = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    running += sorted[i]!;
    if (2 * running >= total) return sorted[i]!;
  }
  return 0;
}
