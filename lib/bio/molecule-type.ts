/**
 * The one rule that tells nucleotide from protein sequences, used by every operation that needs
 * DNA/RNA (translation, ORFs, k-mers, digests, motifs, reverse complement, GC windows), by the
 * alignment's default matrix and by the statistics' alphabet.
 *
 * Letters fall in three classes (case-insensitive; IUPAC-IUB nomenclature, Cornish-Bowden 1985,
 * Nucleic Acids Res. 13:3021, and the IUPAC one-letter amino-acid codes):
 * - nucleotide codes A C G T U and the ambiguity codes R Y S W K M B D H V N;
 * - letters that are no nucleotide code, E F I J L O P Q Z;
 * - X: the unknown amino acid, but also written for masked bases, so it decides nothing.
 * Gaps, `*` and other symbols are not letters. A sequence is protein when at least 5% of its
 * deciding letters (the first two classes) are of the second class, else DNA/RNA when it holds a
 * nucleotide code (RNA: U and no T), else unknown. E, F, I, L, P and Q make up about a third of
 * real proteins, so a protein of any length clears 5% by far, while a stray letter or two in a
 * nucleotide sequence (a typo, a corrupt byte) does not turn a genome into a "protein": such a
 * sequence stays nucleotide, and the operations that need DNA or RNA refuse it naming the
 * letter and its position. Primers full of ambiguity codes (`RYRYSWKM`) stay nucleotide; a
 * peptide written only with letters that are also nucleotide codes (no L, E, I, F, P or Q)
 * would count as nucleotide, which real proteins practically never are.
 */

/** Molecule type of a sequence by {@link moleculeType}. */
export type MoleculeType = "dna" | "rna" | "protein" | "unknown";

/** Letters that are no IUPAC nucleotide code (X excluded, see the module comment). */
export const PROTEIN_ONLY_LETTERS = "EFIJLOPQZ";
/** IUPAC nucleotide codes, including U and the ambiguity codes. */
export const NUCLEOTIDE_CODES = "ACGTURYSWKMBDHVN";

const PROTEIN_ONLY = /[EFIJLOPQZ]/i;
const NUCLEOTIDE = /[ACGTURYSWKMBDHVN]/i;
const T_LETTER = /[Tt]/;
const U_LETTER = /[Uu]/;

/** Letter counts the rule needs (a streaming counter can supply them without the text). */
export interface MoleculeCounts {
  /** Letters that are IUPAC nucleotide codes. */
  nucleotideCodes: number;
  /** Letters E F I J L O P Q Z. */
  proteinOnly: number;
  t: number;
  u: number;
}

/** The rule on counts: protein, DNA, RNA or unknown (no letter that decides). */
export function moleculeTypeFromCounts(c: MoleculeCounts): MoleculeType {
  if (c.proteinOnly > 0 && c.proteinOnly * PROTEIN_SHARE_DIVISOR >= c.proteinOnly + c.nucleotideCodes) return "protein";
  if (c.nucleotideCodes === 0) return "unknown";
  return c.u > 0 && c.t === 0 ? "rna" : "dna";
}

/** 1 / the share of protein-only letters (among deciding letters) that makes a protein: 5%. */
const PROTEIN_SHARE_DIVISOR = 20;

/** DNA, RNA, protein or unknown, by the rule of the module comment. */
export function moleculeType(sequence: string): MoleculeType {
  // Fast paths: no protein-only letter, or no nucleotide code at all.
  if (!PROTEIN_ONLY.test(sequence)) {
    if (!NUCLEOTIDE.test(sequence)) return "unknown";
    return U_LETTER.test(sequence) && !T_LETTER.test(sequence) ? "rna" : "dna";
  }
  if (!NUCLEOTIDE.test(sequence)) return "protein";
  return moleculeTypeFromCounts(countMoleculeLetters(sequence));
}

/** True for DNA and RNA. */
export function isNucleotideType(type: MoleculeType): boolean {
  return type === "dna" || type === "rna";
}

/** Index of the first letter that is no nucleotide code (E F I J L O P Q Z), or -1. */
export function firstProteinLetter(sequence: string): number {
  const m = PROTEIN_ONLY.exec(sequence);
  return m === null ? -1 : m.index;
}

/** Counts of {@link MoleculeCounts} for a sequence. */
export function countMoleculeLetters(sequence: string): MoleculeCounts {
  const c: MoleculeCounts = { nucleotideCodes: 0, proteinOnly: 0, t: 0, u: 0 };
  for (let i = 0; i < sequence.length; i++) {
    const code = sequence.charCodeAt(i);
    const kind = code < 128 ? LETTER_KIND[code]! : 0;
    if (kind === 1) c.nucleotideCodes++;
    else if (kind === 2) c.proteinOnly++;
    const f = code | 0x20;
    if (f === 116) c.t++;
    else if (f === 117) c.u++;
  }
  return c;
}

// 1 = nucleotide code, 2 = protein-only letter, 0 = anything else (X, symbols).
const LETTER_KIND: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of NUCLEOTIDE_CODES) t[ch.charCodeAt(0)] = t[ch.toLowerCase().charCodeAt(0)] = 1;
  for (const ch of PROTEIN_ONLY_LETTERS) t[ch.charCodeAt(0)] = t[ch.toLowerCase().charCodeAt(0)] = 2;
  return t;
})();

/**
 * Throws when a record is a protein by {@link moleculeType}, naming the record, the first
 * letter that is no nucleotide code and its 1-based position; `operation` completes the
 * message ("translation" → "…; translation needs DNA or RNA").
 */
export function requireNucleotideRecord(record: { id: string; sequence: string }, operation: string): void {
  const at = firstProteinLetter(record.sequence);
  if (at < 0) return;
  if (moleculeType(record.sequence) === "protein") {
    throw new Error(`record "${record.id}" looks like a protein sequence ('${record.sequence[at]}' at position ${at + 1}); ${operation} needs DNA or RNA`);
  }
  throw new Error(`record "${record.id}": '${record.sequence[at]}' at position ${at + 1} is not an IUPAC nucleotide code (${NUCLEOTIDE_CODES}); ${operation} needs DNA or RNA`);
}

// What a reverse complement can complement: IUPAC nucleotide codes, gaps and the stop symbol.
const NOT_COMPLEMENTABLE = /[^ACGTURYSWKMBDHVN\-.*]/i;

/**
 * Throws unless every character is an IUPAC nucleotide code (either case), a gap (`-`, `.`) or
 * `*`, naming the record and the first other character with its 1-based position (and saying
 * when the record is a protein by {@link moleculeType}).
 */
export function requireIupacNucleotideRecord(record: { id: string; sequence: string }, operation: string): void {
  const m = NOT_COMPLEMENTABLE.exec(record.sequence);
  if (m === null) return;
  const what = moleculeType(record.sequence) === "protein" ? `record "${record.id}" looks like a protein sequence:` : `record "${record.id}":`;
  throw new Error(`${what} ${JSON.stringify(m[0])} at position ${m.index + 1} is not an IUPAC nucleotide code (${NUCLEOTIDE_CODES}, gaps - . and *); ${operation} needs DNA or RNA`);
}
