/** The outcome of an alignment DP before it is summarised: scaled score and the column path. */

/** Column kinds of an alignment path. */
export const OP_PAIR = 0;
/** Gap in A (a residue of B only). */
export const OP_GAP_A = 1;
/** Gap in B (a residue of A only). */
export const OP_GAP_B = 2;

export interface AlignPath {
  /** Score in scaled integer units (see Scoring.scale). */
  score: number;
  /** 0-based index of the first residue of A / B in the path. */
  startA: number;
  startB: number;
  /** One op per alignment column, in order. */
  ops: Uint8Array;
}

/** Very negative "minus infinity" with room to subtract penalties without i32 overflow. */
export const NEG_INF = -(1 << 29);
