/**
 * IUPAC nucleotide codes as 4-bit base sets (A=1, C=2, G=4, T/U=8), shared by motif search and
 * restriction digests. A sequence letter matches a pattern letter when every base it may stand
 * for is allowed by the pattern: `A` matches `R`, `R` matches `N`, but `N` in the sequence does
 * not match `A` — runs of N never produce hits for specific patterns. Other characters (gaps,
 * `*`, digits) match nothing.
 */

const MASKS: Record<string, number> = {
  A: 1,
  C: 2,
  G: 4,
  T: 8,
  U: 8,
  R: 5,
  Y: 10,
  S: 6,
  W: 9,
  K: 12,
  M: 3,
  B: 14,
  D: 13,
  H: 11,
  V: 7,
  N: 15,
};

/** Pattern letters accepted (upper case; lower case is accepted too). */
export const IUPAC_NUCLEOTIDE_CODES = Object.keys(MASKS).join("");

const COMPLEMENT: Record<string, string> = { A: "T", C: "G", G: "C", T: "A", U: "A", R: "Y", Y: "R", S: "S", W: "W", K: "M", M: "K", B: "V", V: "B", D: "H", H: "D", N: "N" };

/** Base set of one character (case-insensitive); 0 for anything that is not an IUPAC code. */
export function iupacMask(ch: string): number {
  return MASKS[ch.toUpperCase()] ?? 0;
}

/** Whether sequence letter `seqCh` matches pattern letter `patCh` (see the module comment). */
export function iupacMatches(seqCh: string, patCh: string): boolean {
  const s = iupacMask(seqCh);
  return s !== 0 && (s & ~iupacMask(patCh)) === 0;
}

/**
 * Upper-cased pattern, or an Error naming the first character that is not an IUPAC nucleotide
 * code (`what` names the pattern in the message, e.g. `motif pattern "GAXTC"`).
 */
export function normalizeIupacPattern(pattern: string, what = `pattern "${pattern}"`): string {
  if (pattern.length === 0) throw new Error(`${what} is empty`);
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (!(ch.toUpperCase() in MASKS)) {
      throw new Error(`${what} has ${JSON.stringify(ch)} at position ${i + 1}, which is not an IUPAC nucleotide code (${IUPAC_NUCLEOTIDE_CODES})`);
    }
  }
  return pattern.toUpperCase().replace(/U/g, "T");
}

/** Reverse complement of an upper-case IUPAC pattern. */
export function reverseComplementIupac(pattern: string): string {
  let out = "";
  for (let i = pattern.length - 1; i >= 0; i--) out += COMPLEMENT[pattern[i]!] ?? pattern[i]!;
  return out;
}

/** True when the pattern equals its own reverse complement (its hits are the same on both strands). */
export function isPalindromic(pattern: string): boolean {
  return reverseComplementIupac(pattern) === pattern;
}
