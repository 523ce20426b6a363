/**
 * Plain TypeScript Gotoh alignment with affine gaps (open + (L−1)·extend), full matrices: the
 * reference the WASM kernels are tested against. Local = Smith-Waterman as EMBOSS water walks it;
 * global = Needleman-Wunsch as EMBOSS needle (end gaps free, or weighted with end penalties).
 * Ties are broken the way EMBOSS's traceback does (diagonal first, gaps continue while they can).
 */
import { NEG_INF, OP_GAP_A, OP_GAP_B, OP_PAIR, type AlignPath } from "./path";
import type { Scoring } from "./scoring";

/** Local alignment (EMBOSS water): best-scoring cell first in row-major order, walk back to a 0. */
export function localReference(s: Scoring, a: Uint8Array, b: Uint8Array): AlignPath {
  const n = a.length;
  const m = b.length;
  const { gapOpen: o, gapExtend: e, scores, size } = s;
  const H = new Int32Array(n * m);
  const C = new Uint8Array(n * m);
  const EL = new Int32Array(n * m);
  const FL = new Int32Array(n * m);
  const F = new Int32Array(m).fill(NEG_INF);
  const Flen = new Int32Array(m);
  let best = 0;
  let by = -1;
  let bx = -1;
  for (let y = 0; y < n; y++) {
    const row = a[y]! * size;
    let E = NEG_INF;
    let Elen = 0;
    for (let x = 0; x < m; x++) {
      const cell = y * m + x;
      const diag = (y > 0 && x > 0 ? H[cell - m - 1]! : 0) + scores[row + b[x]!]!;
      const openE = (x > 0 ? H[cell - 1]! : 0) - o;
      if (openE >= E - e) {
        E = openE;
        Elen = 1;
      } else {
        E -= e;
        Elen++;
      }
      const openF = (y > 0 ? H[cell - m]! : 0) - o;
      if (openF >= F[x]! - e) {
        F[x] = openF;
        Flen[x] = 1;
      } else {
        F[x] = F[x]! - e;
        Flen[x] = Flen[x]! + 1;
      }
      let h = diag;
      let c = 0;
      if (E > h) {
        h = E;
        c = 1;
      }
      if (F[x]! > h) {
        h = F[x]!;
        c = 2;
      }
      if (h < 0) h = 0;
      H[cell] = h;
      C[cell] = c;
      EL[cell] = Elen;
      FL[cell] = Flen[x]!;
      if (h > best) {
        best = h;
        by = y;
        bx = x;
      }
    }
  }
  if (best <= 0) return { score: 0, startA: 0, startB: 0, ops: new Uint8Array(0) };
  const ops: number[] = [];
  let y = by;
  let x = bx;
  while (x >= 0 && y >= 0) {
    const cell = y * m + x;
    const c = C[cell]!;
    if (c === 0) {
      ops.push(OP_PAIR);
      y--;
      x--;
      if (y >= 0 && x >= 0 && H[y * m + x]! <= 0) break;
    } else if (c === 1) {
      const len = EL[cell]!;
      const origin = x - len;
      if ((origin >= 0 ? H[y * m + origin]! : 0) - o - (len - 1) * e <= 0) break;
      for (let k = 0; k < len; k++) ops.push(OP_GAP_A);
      x = origin;
    } else {
      const len = FL[cell]!;
      const origin = y - len;
      if ((origin >= 0 ? H[origin * m + x]! : 0) - o - (len - 1) * e <= 0) break;
      for (let k = 0; k < len; k++) ops.push(OP_GAP_B);
      y = origin;
    }
  }
  return { score: best, startA: y + 1, startB: x + 1, ops: Uint8Array.from(ops.reverse()) };
}

/** Global alignment (EMBOSS needle). Cells (i, j) = residues of A / B consumed, row/column 0 = none. */
export function globalReference(s: Scoring, a: Uint8Array, b: Uint8Array): AlignPath {
  const n = a.length;
  const m = b.length;
  const W = m + 1;
  const { gapOpen: o, gapExtend: e, scores, size, endWeight } = s;
  const eo = endWeight ? s.endGapOpen : 0;
  const ee = endWeight ? s.endGapExtend : 0;
  const M = new Int32Array((n + 1) * W).fill(NEG_INF);
  const X = new Int32Array((n + 1) * W).fill(NEG_INF);
  const Y = new Int32Array((n + 1) * W).fill(NEG_INF);
  M[0] = 0;
  for (let j = 1; j <= m; j++) X[j] = endWeight ? -(eo + (j - 1) * ee) : 0;
  for (let i = 1; i <= n; i++) Y[i * W] = endWeight ? -(eo + (i - 1) * ee) : 0;
  // Trailing gaps run along row n (gap in A) and column m (gap in B).
  const xOpen = (i: number) => (endWeight && i === n ? eo : o);
  const xExt = (i: number) => (endWeight && i === n ? ee : e);
  const yOpen = (j: number) => (endWeight && j === m ? eo : o);
  const yExt = (j: number) => (endWeight && j === m ? ee : e);
  for (let i = 1; i <= n; i++) {
    const row = a[i - 1]! * size;
    const xo = xOpen(i);
    const xe = xExt(i);
    for (let j = 1; j <= m; j++) {
      const cell = i * W + j;
      const d = cell - W - 1;
      M[cell] = Math.max(M[d]!, X[d]!, Y[d]!) + scores[row + b[j - 1]!]!;
      const l = cell - 1;
      X[cell] = Math.max(M[l]! - xo, X[l]! - xe, Y[l]! - xo);
      const u = cell - W;
      const yo = yOpen(j);
      Y[cell] = Math.max(M[u]! - yo, Y[u]! - yExt(j), X[u]! - yo);
    }
  }
  let ei = n;
  let ej = m;
  let score: number;
  if (endWeight) {
    score = Math.max(M[n * W + m]!, X[n * W + m]!, Y[n * W + m]!);
  } else {
    // EMBOSS: first best cell along the last row, then down the last column (strictly better).
    score = NEG_INF * 2;
    const consider = (i: number, j: number) => {
      const c = i * W + j;
      const v = Math.max(M[c]!, X[c]!, Y[c]!);
      if (v > score) {
        score = v;
        ei = i;
        ej = j;
      }
    };
    for (let j = 1; j <= m; j++) consider(n, j);
    for (let i = 1; i <= n; i++) consider(i, m);
    // No aligned pair at all (A as a leading gap, B as a trailing one) scores 0 with free end gaps.
    if (score < 0) {
      score = 0;
      ei = n;
      ej = 0;
    }
  }
  const ops: number[] = [];
  for (let j = m; j > ej; j--) ops.push(OP_GAP_A);
  for (let i = n; i > ei; i--) ops.push(OP_GAP_B);
  let i = ei;
  let j = ej;
  let prev = 0;
  let target = 0;
  while (i > 0 && j > 0) {
    const cell = i * W + j;
    const mv = M[cell]!;
    const xv = X[cell]!;
    const yv = Y[cell]!;
    let st: number;
    if (prev === 1) {
      const xo = xOpen(i);
      if (xv - xExt(i) === target) st = 1;
      else if (mv - xo === target && mv >= yv) st = 0;
      else if (yv - xo === target) st = 2;
      else st = 0;
    } else if (prev === 2) {
      const yo = yOpen(j);
      if (yv - yExt(j) === target) st = 2;
      else if (mv - yo === target && mv >= xv) st = 0;
      else if (xv - yo === target) st = 1;
      else st = 0;
    } else if (mv >= xv && mv >= yv) st = 0;
    else if (xv >= yv) st = 1;
    else st = 2;
    if (st === 0) {
      ops.push(OP_PAIR);
      i--;
      j--;
    } else if (st === 1) {
      ops.push(OP_GAP_A);
      target = xv;
      j--;
    } else {
      ops.push(OP_GAP_B);
      target = yv;
      i--;
    }
    prev = st;
  }
  for (; j > 0; j--) ops.push(OP_GAP_A);
  for (; i > 0; i--) ops.push(OP_GAP_B);
  return { score, startA: 0, startB: 0, ops: Uint8Array.from(ops.reverse()) };
}
