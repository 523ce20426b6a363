/**
 * Alignment scoring in exact integers: EMBOSS penalties are decimals (10 / 0.5), so every score
 * and penalty is multiplied by a common `scale` (2, 10 or 100) and divided back only for output.
 * Also maps sequence letters to matrix codes with EMBOSS's rules and clear errors.
 */
import type { AlignParams } from "@/lib/analysis/contract";
import { getMatrix, type SubstitutionMatrix } from "./matrices";

/** Matrix, letter codes and penalties, all scaled to integers. */
export interface Scoring {
  matrix: SubstitutionMatrix;
  scale: number;
  /** Matrix size + 1: code 0 is "letter not in the matrix" (scores 0 against everything). */
  size: number;
  /** size × size scaled scores, row-major. */
  scores: Int32Array;
  /** Byte → code (0 = not in the alphabet). */
  codeOf: Uint8Array;
  gapOpen: number;
  gapExtend: number;
  /** Global mode: end gaps penalised with these (scaled) when `endWeight`, otherwise free. */
  endWeight: boolean;
  endGapOpen: number;
  endGapExtend: number;
  local: boolean;
}

const SCALES = [2, 10, 100] as const;
/** EMBOSS's accepted ranges for -gapopen and -gapextend. */
export const MAX_GAP_OPEN = 100;
export const MAX_GAP_EXTEND = 10;

function isMultiple(value: number, scale: number): boolean {
  const scaled = value * scale;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}

function checkPenalty(name: string, value: number, max: number): void {
  if (!Number.isFinite(value) || value < 0 || value > max) throw new Error(`${name} must be between 0 and ${max}, got ${value}`);
}

/** Validates `params` and builds the integer scoring. */
export function buildScoring(params: AlignParams): Scoring {
  if (params.mode !== "local" && params.mode !== "global") throw new Error(`mode must be "local" or "global", got "${String(params.mode)}"`);
  const matrix = getMatrix(params.matrix);
  checkPenalty("gap open", params.gapOpen, MAX_GAP_OPEN);
  checkPenalty("gap extend", params.gapExtend, MAX_GAP_EXTEND);
  if (params.mode === "local" && params.gapExtend > params.gapOpen) {
    // Smith-Waterman (as EMBOSS water runs it) opens gaps from any cell, so with extend > open
    // two adjacent gaps would be cheaper than one: the score would not be that of the alignment.
    throw new Error(`gap extend (${params.gapExtend}) must not exceed gap open (${params.gapOpen}) in local mode`);
  }
  const hasEndOpen = params.endGapOpen !== undefined;
  const hasEndExtend = params.endGapExtend !== undefined;
  if (hasEndOpen !== hasEndExtend) throw new Error("end gap open and end gap extend must be given together");
  const endWeight = params.mode === "global" && hasEndOpen;
  const endOpen = params.endGapOpen ?? 0;
  const endExtend = params.endGapExtend ?? 0;
  if (endWeight) {
    checkPenalty("end gap open", endOpen, MAX_GAP_OPEN);
    checkPenalty("end gap extend", endExtend, MAX_GAP_EXTEND);
  }
  const values = [params.gapOpen, params.gapExtend, endOpen, endExtend];
  const scale = SCALES.find((s) => values.every((v) => isMultiple(v, s)));
  if (scale === undefined) throw new Error("gap penalties must be multiples of 0.01");
  const k = matrix.alphabet.length;
  const size = k + 1;
  const scores = new Int32Array(size * size);
  for (let i = 0; i < k; i++) {
    const row = matrix.rows[i]!;
    for (let j = 0; j < k; j++) scores[(i + 1) * size + j + 1] = row[j]! * scale;
  }
  const codeOf = new Uint8Array(256);
  for (let i = 0; i < k; i++) {
    const c = matrix.alphabet.charCodeAt(i);
    codeOf[c] = i + 1;
    if (c >= 65 && c <= 90) codeOf[c + 32] = i + 1;
  }
  return {
    matrix,
    scale,
    size,
    scores,
    codeOf,
    gapOpen: Math.round(params.gapOpen * scale),
    gapExtend: Math.round(params.gapExtend * scale),
    endWeight,
    endGapOpen: Math.round(endOpen * scale),
    endGapExtend: Math.round(endExtend * scale),
    local: params.mode === "local",
  };
}

const NUCLEOTIDE_LETTERS = /^[ACGTUNRYKMSWBDHVX]$/i;

/**
 * Matrix codes of a sequence. Letters are case-insensitive; with a nucleotide matrix X becomes N
 * (as EMBOSS reads nucleotide sequences) and any other non-IUPAC letter is refused (protein given
 * where DNA is required); with a protein matrix a letter outside the alphabet (J, O, U) scores 0,
 * as in EMBOSS. Non-letters other than `*` are refused.
 */
export function encodeSequence(scoring: Scoring, recordId: string, sequence: string): Uint8Array {
  const codes = new Uint8Array(sequence.length);
  const nCode = scoring.codeOf[78]!;
  for (let i = 0; i < sequence.length; i++) {
    const c = sequence.charCodeAt(i);
    const ch = sequence[i]!;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter && ch !== "*") {
      throw new Error(`record "${recordId}": character ${JSON.stringify(ch)} at position ${i + 1} is not a sequence letter`);
    }
    if (scoring.matrix.nucleotide) {
      if (!NUCLEOTIDE_LETTERS.test(ch)) {
        throw new Error(`record "${recordId}": letter "${ch}" at position ${i + 1} is not a nucleotide code; ${scoring.matrix.name} needs DNA/RNA (use a protein matrix such as EBLOSUM62)`);
      }
      codes[i] = c === 88 || c === 120 ? nCode : scoring.codeOf[c]!;
    } else {
      codes[i] = scoring.codeOf[c]!;
    }
  }
  return codes;
}

/** Largest scaled matrix score (bounds the i16 kernel's headroom). */
export function maxScore(scoring: Scoring): number {
  let m = 0;
  for (let i = 0; i < scoring.scores.length; i++) m = Math.max(m, scoring.scores[i]!);
  return m;
}

/** Largest absolute scaled matrix score. */
export function maxAbsScore(scoring: Scoring): number {
  let m = 0;
  for (let i = 0; i < scoring.scores.length; i++) m = Math.max(m, Math.abs(scoring.scores[i]!));
  return m;
}
