// Smith-Waterman with affine gaps (EMBOSS water semantics), scalar i32. Score-only in O(m)
// memory, and a full alignment whose traceback recomputes √n-row blocks from checkpoints so
// memory stays O(√n·m) (a 10k × 10k alignment needs ~13 MB) while reproducing the full-matrix
// walk exactly: same cells, same tie-breaking as the TypeScript reference. Gap lengths are found
// as EMBOSS's walk finds them: the shortest gap whose opening cell explains the cell's score.
import { NEG, blockRows, copyBytes, fillI32, scratch, setResult } from "./align-common";

let bestScore: i32 = 0;
let bestY: i32 = -1;
let bestX: i32 = -1;

/**
 * One DP row. prevH = H of the row above (zeros above row 0); F = vertical gap score per column
 * (updated in place); curH receives this row; C (when non-zero) the direction (0 diag, 1 left, 2 up).
 */
function localRow(y: i32, rowScores: usize, b: usize, m: i32, o: i32, e: i32, prevH: usize, curH: usize, F: usize, C: usize): void {
  let E: i32 = NEG;
  let diagPrev: i32 = 0;
  let left: i32 = 0;
  for (let x = 0; x < m; x++) {
    const xo = <usize>x << 2;
    const up = load<i32>(prevH + xo);
    const diag = diagPrev + load<i32>(rowScores + (<usize>load<u8>(b + <usize>x) << 2));
    diagPrev = up;
    const openE = left - o;
    E = openE >= E - e ? openE : E - e;
    const openF = up - o;
    const extF = load<i32>(F + xo) - e;
    const f = openF >= extF ? openF : extF;
    store<i32>(F + xo, f);
    // Branch-free choice (selects): diagonal, then left, then up on strict improvement.
    const eWins = E > diag;
    const h1 = eWins ? E : diag;
    const fWins = f > h1;
    let h = fWins ? f : h1;
    const c: i32 = fWins ? 2 : eWins ? 1 : 0;
    h = h < 0 ? 0 : h;
    store<i32>(curH + xo, h);
    left = h;
    if (h > bestScore) {
      bestScore = h;
      bestY = y;
      bestX = x;
    }
    if (C) store<u8>(C + <usize>x, <u8>c);
  }
}

/** Best local score (scaled units), O(m) memory. */
export function localScore(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32): i32 {
  const rowBytes = <i64>m << 2;
  let prevH = scratch(rowBytes);
  let curH = scratch(rowBytes);
  const F = scratch(rowBytes);
  fillI32(prevH, m, 0);
  fillI32(F, m, NEG);
  bestScore = 0;
  bestY = -1;
  bestX = -1;
  for (let y = 0; y < n; y++) {
    const rowScores = scores + (<usize>(<i32>load<u8>(a + <usize>y) * size) << 2);
    localRow(y, rowScores, b, m, o, e, prevH, curH, F, 0);
    const t = prevH;
    prevH = curH;
    curH = t;
  }
  return bestScore;
}

// Traceback state: checkpoints (H of the row before each block, F after it) and one block of rows.
let K: i32 = 1;
let ckH: usize = 0;
let ckF: usize = 0;
let workF: usize = 0;
let blkStart: i32 = -1;
let blkEnd: i32 = -1;
let blkH: usize = 0;
let blkC: usize = 0;

/**
 * Local alignment with traceback. Writes ops (0 pair, 1 gap in A, 2 gap in B) in reverse column
 * order to `out` (capacity n + m) and the result slots; returns the op count.
 */
export function localAlign(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, out: usize): i32 {
  // Checkpoints cost 8 bytes per column, block rows 5: K ≈ √(8n/5) balances the two.
  K = blockRows((n * 8) / 5);
  const nCk = (n + K - 1) / K;
  const rowBytes = <i64>m << 2;
  ckH = scratch(rowBytes * nCk);
  ckF = scratch(rowBytes * nCk);
  let prevH = scratch(rowBytes);
  let curH = scratch(rowBytes);
  workF = scratch(rowBytes);
  fillI32(prevH, m, 0);
  fillI32(workF, m, NEG);
  bestScore = 0;
  bestY = -1;
  bestX = -1;
  for (let y = 0; y < n; y++) {
    if (y % K == 0) {
      const off = <usize>(y / K) * <usize>rowBytes;
      copyBytes(ckH + off, prevH, <i32>rowBytes);
      copyBytes(ckF + off, workF, <i32>rowBytes);
    }
    const rowScores = scores + (<usize>(<i32>load<u8>(a + <usize>y) * size) << 2);
    localRow(y, rowScores, b, m, o, e, prevH, curH, workF, 0);
    const t = prevH;
    prevH = curH;
    curH = t;
  }
  const score = bestScore;
  if (score <= 0) {
    setResult(0, 0, 0, 0);
    return 0;
  }
  blkH = scratch(rowBytes * K);
  blkC = scratch(<i64>m * K);
  blkStart = -1;
  blkEnd = -1;
  let y = bestY;
  let x = bestX;
  let count = 0;
  while (x >= 0 && y >= 0) {
    const c = load<u8>(blkC + <usize>(y - ensureBlock(y, a, b, m, scores, size, o, e)) * <usize>m + <usize>x);
    if (c == 0) {
      store<u8>(out + <usize>(count++), 0);
      y--;
      x--;
      if (y >= 0 && x >= 0 && cellH(y, x, a, b, m, scores, size, o, e) <= 0) break;
    } else if (c == 1) {
      // Shortest gap whose opening cell explains this cell's score (EMBOSS's scan along the row).
      const v = cellH(y, x, a, b, m, scores, size, o, e);
      let len = 1;
      let bimble: i32 = 0;
      while (true) {
        bimble = cellH(y, x - len, a, b, m, scores, size, o, e) - o - (len - 1) * e;
        if (x - len <= 0 || bimble == v) break;
        len++;
      }
      if (bimble <= 0) break;
      for (let k = 0; k < len; k++) store<u8>(out + <usize>(count++), 1);
      x -= len;
    } else {
      // Same up the column; rows above may lie in earlier blocks (recomputed as the walk needs them).
      const v = cellH(y, x, a, b, m, scores, size, o, e);
      let len = 1;
      let bimble: i32 = 0;
      while (true) {
        bimble = cellH(y - len, x, a, b, m, scores, size, o, e) - o - (len - 1) * e;
        if (y - len <= 0 || bimble == v) break;
        len++;
      }
      if (bimble <= 0) break;
      for (let k = 0; k < len; k++) store<u8>(out + <usize>(count++), 2);
      y -= len;
    }
  }
  setResult(score, y + 1, x + 1, count);
  return count;
}

/** H at (y, x), recomputing y's block when needed. */
function cellH(y: i32, x: i32, a: usize, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32): i32 {
  if (x < 0 || y < 0) return 0;
  const start = ensureBlock(y, a, b, m, scores, size, o, e);
  return load<i32>(blkH + ((<usize>(y - start) * <usize>m + <usize>x) << 2));
}

/** Makes rows [start of y's block .. y] available in the block buffers; returns the block's first row. */
function ensureBlock(y: i32, a: usize, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32): i32 {
  if (y >= blkStart && y <= blkEnd) return blkStart;
  const k = y / K;
  const start = k * K;
  const rowBytes = m << 2;
  const off = <usize>k * <usize>rowBytes;
  copyBytes(workF, ckF + off, rowBytes);
  const saveBest = bestScore;
  const saveY = bestY;
  const saveX = bestX;
  for (let r = start; r <= y; r++) {
    const i = <usize>(r - start);
    const prevH = r == start ? ckH + off : blkH + (i - 1) * <usize>rowBytes;
    const rowScores = scores + (<usize>(<i32>load<u8>(a + <usize>r) * size) << 2);
    localRow(r, rowScores, b, m, o, e, prevH, blkH + i * <usize>rowBytes, workF, blkC + i * <usize>m);
  }
  bestScore = saveBest;
  bestY = saveY;
  bestX = saveX;
  blkStart = start;
  blkEnd = y;
  return start;
}
