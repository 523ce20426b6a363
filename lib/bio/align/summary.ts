/**
 * EMBOSS's summary of an alignment path: Length (columns, gaps included), Identity (same letter
 * known to the matrix), Similarity (positive score), Gaps, the srspair markup line, and the
 * 1-based coordinates srspair prints.
 */
import type { AlignResult } from "@/lib/analysis/contract";
import { OP_GAP_A, OP_GAP_B, OP_PAIR, type AlignPath } from "./path";
import type { Scoring } from "./scoring";

/** srspair prints alignments in blocks of this many columns. */
export const BLOCK_WIDTH = 50;

/**
 * srspair's start number for a sequence: the first residue's position, or the position before it
 * when the first block holds no residue of that sequence (EMBOSS prints 0 then).
 */
function printedStart(before: number, ops: Uint8Array, skipOp: number): number {
  const limit = Math.min(BLOCK_WIDTH, ops.length);
  for (let k = 0; k < limit; k++) if (ops[k] !== skipOp) return before + 1;
  return before;
}

/**
 * srspair markup of an aligned pair, as EMBOSS derives it from its column consensus: count how
 * many of (A's residue against itself, A's residue against B's) score above zero. Two → `|` when
 * the residues are the same letter, `:` otherwise; one → `.`; none → space. Letters outside the
 * matrix count nothing, and a consensus that is not a letter (`*`) prints as a space.
 */
function markupChar(s: Scoring, ca: number, cb: number, letterA: string): string {
  if (ca === 0) return " ";
  const positives = (s.scores[ca * s.size + ca]! > 0 ? 1 : 0) + (cb !== 0 && s.scores[ca * s.size + cb]! > 0 ? 1 : 0);
  if (positives === 0) return " ";
  if (positives === 1) return ".";
  if (!/[A-Za-z]/.test(letterA)) return " ";
  return ca === cb ? "|" : ":";
}

/** EMBOSS reads X in a nucleotide sequence as N (case kept), and prints it so. */
function asRead(s: Scoring, seq: string): string {
  return s.matrix.nucleotide ? seq.replace(/X/g, "N").replace(/x/g, "n") : seq;
}

export function summarize(s: Scoring, path: AlignPath, codesA: Uint8Array, codesB: Uint8Array, rawA: string, rawB: string): AlignResult {
  const { ops } = path;
  const seqA = asRead(s, rawA);
  const seqB = asRead(s, rawB);
  let ia = path.startA;
  let ib = path.startB;
  let identity = 0;
  let similarity = 0;
  let gaps = 0;
  const alignedA: string[] = [];
  const alignedB: string[] = [];
  const markup: string[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (op === OP_PAIR) {
      const ca = codesA[ia]!;
      const cb = codesB[ib]!;
      const score = s.scores[ca * s.size + cb]!;
      const same = ca === cb && ca !== 0;
      if (same) identity++;
      if (score > 0) similarity++;
      markup.push(markupChar(s, ca, cb, seqA[ia]!));
      alignedA.push(seqA[ia++]!);
      alignedB.push(seqB[ib++]!);
    } else {
      gaps++;
      markup.push(" ");
      if (op === OP_GAP_A) {
        alignedA.push("-");
        alignedB.push(seqB[ib++]!);
      } else {
        alignedA.push(seqA[ia++]!);
        alignedB.push("-");
      }
    }
  }
  const empty = ops.length === 0;
  return {
    matrix: s.matrix.name,
    score: path.score / s.scale,
    length: ops.length,
    identity,
    similarity,
    gaps,
    startA: empty ? 0 : printedStart(path.startA, ops, OP_GAP_A),
    endA: empty ? 0 : ia,
    startB: empty ? 0 : printedStart(path.startB, ops, OP_GAP_B),
    endB: empty ? 0 : ib,
    alignedA: alignedA.join(""),
    alignedB: alignedB.join(""),
    markup: markup.join(""),
  };
}
