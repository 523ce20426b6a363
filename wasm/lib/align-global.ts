// Needleman-Wunsch with affine gaps (EMBOSS needle semantics), scalar i32: end gaps free, or
// weighted with their own open/extend. Cells (i, j) count residues of A / B consumed; row and
// column 0 hold the leading end gaps. Score-only in O(m) memory; the full alignment keeps
// checkpoint rows and, during the traceback, recomputes one block of rows at a time as one
// decision byte per cell (same walk as the TypeScript reference; ~7 MB for 10k × 10k).
import { NEG, blockRows, copyBytes, scratch, setResult } from "./align-common";

let endWeight: bool = false;
let eo: i32 = 0;
let ee: i32 = 0;
// Free end gaps: best cell of the last row (first j) and of the last column (first i).
let rowBestV: i32 = 0;
let rowBestJ: i32 = 0;
let colBestV: i32 = 0;
let colBestI: i32 = 0;

function max3(p: i32, q: i32, r: i32): i32 {
  const t = p > q ? p : q;
  return t > r ? t : r;
}

/** Row 0: no residue of A consumed; leading gaps in A along the row. */
function initRow(M: usize, X: usize, Y: usize, m: i32): void {
  store<i32>(M, 0);
  store<i32>(X, NEG);
  store<i32>(Y, NEG);
  for (let j = 1; j <= m; j++) {
    const jo = <usize>j << 2;
    store<i32>(M + jo, NEG);
    store<i32>(Y + jo, NEG);
    store<i32>(X + jo, endWeight ? -(eo + (j - 1) * ee) : 0);
  }
}

/**
 * Row i (1..n) from row i−1. With D non-zero, also one traceback byte per cell: bits 0–1 the best
 * state here (0 M, 1 X, 2 Y; diagonal first), bits 2–3 the state at (i, j−1) that X continues
 * from, bits 4–5 the state at (i−1, j) that Y continues from (extension first, then M, then the
 * other gap) — the same choices as the reference walk.
 */
function globalRow(i: i32, n: i32, rowScores: usize, b: usize, m: i32, o: i32, e: i32, pM: usize, pX: usize, pY: usize, M: usize, X: usize, Y: usize, D: usize): void {
  const xo = endWeight && i == n ? eo : o;
  const xe = endWeight && i == n ? ee : e;
  store<i32>(M, NEG);
  store<i32>(X, NEG);
  store<i32>(Y, endWeight ? -(eo + (i - 1) * ee) : 0);
  let lm: i32 = NEG;
  let lx: i32 = NEG;
  let ly: i32 = load<i32>(Y);
  // Best state of the cell up-left, carried from the previous column's "up" loads.
  let diagBest = max3(load<i32>(pM), load<i32>(pX), load<i32>(pY));
  for (let j = 1; j <= m; j++) {
    const jo = <usize>j << 2;
    const um = load<i32>(pM + jo);
    const ux = load<i32>(pX + jo);
    const uy = load<i32>(pY + jo);
    const mv = diagBest + load<i32>(rowScores + (<usize>load<u8>(b + <usize>(j - 1)) << 2));
    diagBest = max3(um, ux, uy);
    const xv = max3(lm - xo, lx - xe, ly - xo);
    const yo = endWeight && j == m ? eo : o;
    const ye = endWeight && j == m ? ee : e;
    const yv = max3(um - yo, uy - ye, ux - yo);
    store<i32>(M + jo, mv);
    store<i32>(X + jo, xv);
    store<i32>(Y + jo, yv);
    if (D) {
      const best: i32 = mv >= xv && mv >= yv ? 0 : xv >= yv ? 1 : 2;
      const xFrom: i32 = lx - xe == xv ? 1 : lm - xo == xv && lm >= ly ? 0 : ly - xo == xv ? 2 : 0;
      const yFrom: i32 = uy - ye == yv ? 2 : um - yo == yv && um >= ux ? 0 : ux - yo == yv ? 1 : 0;
      store<u8>(D + <usize>j, <u8>(best | (xFrom << 2) | (yFrom << 4)));
    }
    lm = mv;
    lx = xv;
    ly = yv;
    if (i == n) {
      const v = max3(mv, xv, yv);
      if (v > rowBestV) {
        rowBestV = v;
        rowBestJ = j;
      }
    }
  }
  const v = max3(lm, lx, ly);
  if (v > colBestV) {
    colBestV = v;
    colBestI = i;
  }
}

function setup(eow: i32, eop: i32, eex: i32): void {
  endWeight = eow != 0;
  eo = eop;
  ee = eex;
  rowBestV = NEG * 2;
  rowBestJ = 0;
  colBestV = NEG * 2;
  colBestI = 0;
}

/** Fills rows 1..n; with `ckM` non-zero stores the row before each block of K rows. Returns pointers to the last row (M). */
function fill(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, K: i32, ckM: usize, ckX: usize, ckY: usize): usize {
  const rowBytes = (m + 1) << 2;
  let pM = scratch(rowBytes);
  let pX = scratch(rowBytes);
  let pY = scratch(rowBytes);
  let cM = scratch(rowBytes);
  let cX = scratch(rowBytes);
  let cY = scratch(rowBytes);
  initRow(pM, pX, pY, m);
  for (let i = 1; i <= n; i++) {
    if (ckM && (i - 1) % K == 0) {
      const off = <usize>((i - 1) / K) * <usize>rowBytes;
      copyBytes(ckM + off, pM, rowBytes);
      copyBytes(ckX + off, pX, rowBytes);
      copyBytes(ckY + off, pY, rowBytes);
    }
    const rowScores = scores + (<usize>(<i32>load<u8>(a + <usize>(i - 1)) * size) << 2);
    globalRow(i, n, rowScores, b, m, o, e, pM, pX, pY, cM, cX, cY, 0);
    let t = pM;
    pM = cM;
    cM = t;
    t = pX;
    pX = cX;
    cX = t;
    t = pY;
    pY = cY;
    cY = t;
  }
  lastM = pM;
  lastX = pX;
  lastY = pY;
  return pM;
}

let lastM: usize = 0;
let lastX: usize = 0;
let lastY: usize = 0;

function finalScore(m: i32): i32 {
  if (endWeight) {
    const jo = <usize>m << 2;
    return max3(load<i32>(lastM + jo), load<i32>(lastX + jo), load<i32>(lastY + jo));
  }
  const best = colBestV > rowBestV ? colBestV : rowBestV;
  // No aligned pair at all (A as a leading gap, B as a trailing one) scores 0 with free end gaps.
  return best < 0 ? 0 : best;
}

/** Best global score (scaled units), O(m) memory. */
export function globalScore(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, eow: i32, eop: i32, eex: i32): i32 {
  setup(eow, eop, eex);
  fill(a, n, b, m, scores, size, o, e, 1, 0, 0, 0);
  return finalScore(m);
}

// Traceback state: checkpoint rows (M, X, Y of the row before each block), one block of decision
// bytes, and two working rows to recompute through the block.
let K: i32 = 1;
let ckM: usize = 0;
let ckX: usize = 0;
let ckY: usize = 0;
let blkStart: i32 = -1;
let blkEnd: i32 = -1;
let blkD: usize = 0;
let wM: usize = 0;
let wX: usize = 0;
let wY: usize = 0;

/** Decision byte of cell (i, j), recomputing i's block (rows start..i) when needed. */
function decision(i: i32, j: i32, n: i32, a: usize, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32): i32 {
  if (i < blkStart || i > blkEnd) {
    const k = (i - 1) / K;
    const start = k * K + 1;
    const rowBytes = (m + 1) << 2;
    const off = <usize>k * <usize>rowBytes;
    const saveRow = rowBestV;
    const saveRowJ = rowBestJ;
    const saveCol = colBestV;
    const saveColI = colBestI;
    let pM = ckM + off;
    let pX = ckX + off;
    let pY = ckY + off;
    for (let r = start; r <= i; r++) {
      const half = <usize>((r - start) & 1) * <usize>rowBytes;
      const rowScores = scores + (<usize>(<i32>load<u8>(a + <usize>(r - 1)) * size) << 2);
      globalRow(r, n, rowScores, b, m, o, e, pM, pX, pY, wM + half, wX + half, wY + half, blkD + <usize>(r - start) * <usize>(m + 1));
      pM = wM + half;
      pX = wX + half;
      pY = wY + half;
    }
    rowBestV = saveRow;
    rowBestJ = saveRowJ;
    colBestV = saveCol;
    colBestI = saveColI;
    blkStart = start;
    blkEnd = i;
  }
  return <i32>load<u8>(blkD + <usize>(i - blkStart) * <usize>(m + 1) + <usize>j);
}

/**
 * Global alignment with traceback: ops (0 pair, 1 gap in A, 2 gap in B) in reverse column order
 * into `out` (capacity n + m), result slots set; returns the op count. Memory: checkpoints of 12
 * bytes per column every K ≈ √(12n) rows plus K rows of one byte per cell.
 */
export function globalAlign(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, eow: i32, eop: i32, eex: i32, out: usize): i32 {
  setup(eow, eop, eex);
  K = blockRows(n * 12);
  if (K > n) K = n;
  const nCk = (n + K - 1) / K;
  const rowBytes = (m + 1) << 2;
  ckM = scratch(<i64>rowBytes * nCk);
  ckX = scratch(<i64>rowBytes * nCk);
  ckY = scratch(<i64>rowBytes * nCk);
  fill(a, n, b, m, scores, size, o, e, K, ckM, ckX, ckY);
  const score = finalScore(m);
  let ei = n;
  let ej = m;
  if (!endWeight) {
    if (colBestV > rowBestV) ei = colBestI;
    else ej = rowBestJ;
    if ((colBestV > rowBestV ? colBestV : rowBestV) < 0) {
      ei = n;
      ej = 0;
    }
  }
  blkD = scratch(<i64>(m + 1) * K);
  wM = scratch(<i64>rowBytes * 2);
  wX = scratch(<i64>rowBytes * 2);
  wY = scratch(<i64>rowBytes * 2);
  blkStart = -1;
  blkEnd = -1;
  let count = 0;
  for (let j = m; j > ej; j--) store<u8>(out + <usize>(count++), 1);
  for (let i = n; i > ei; i--) store<u8>(out + <usize>(count++), 2);
  let i = ei;
  let j = ej;
  let st = i > 0 && j > 0 ? decision(i, j, n, a, b, m, scores, size, o, e) & 3 : 0;
  while (i > 0 && j > 0) {
    store<u8>(out + <usize>(count++), <u8>st);
    if (st == 0) {
      i--;
      j--;
      if (i > 0 && j > 0) st = decision(i, j, n, a, b, m, scores, size, o, e) & 3;
    } else if (st == 1) {
      st = (decision(i, j, n, a, b, m, scores, size, o, e) >> 2) & 3;
      j--;
    } else {
      st = (decision(i, j, n, a, b, m, scores, size, o, e) >> 4) & 3;
      i--;
    }
  }
  for (; j > 0; j--) store<u8>(out + <usize>(count++), 1);
  for (; i > 0; i--) store<u8>(out + <usize>(count++), 2);
  setResult(score, 0, 0, count);
  return count;
}
