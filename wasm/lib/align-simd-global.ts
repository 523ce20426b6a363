// Striped (Farrar) global score, 8 × i16 lanes, EMBOSS needle semantics: free end gaps (best cell
// of the last row or column) or end gaps with their own open/extend. Needs extend ≤ open (and end
// extend ≤ end open): then a gap state is max(H − open, gap − extend), as in the local kernel. Scores
// can be negative here: inputs whose worst cell could fall below −30000, or any cell rising above
// +30000, make the kernel return the sentinel OVERFLOW and the host runs the exact scalar kernel.
import { scratch } from "./align-common";

const LANES: i32 = 8;
/** Returned when an i16 lane got near saturation. */
export const OVERFLOW: i32 = -(1 << 30);
const LIMIT: i32 = 30000;

function boundary(k: i32, endWeight: bool, eo: i32, ee: i32): i32 {
  return k == 0 ? 0 : endWeight ? -(eo + (k - 1) * ee) : 0;
}

function clamp16(v: i32): i16 {
  return <i16>(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
}

/** Best global score (scaled units) of A (query, striped) against B, or OVERFLOW. */
export function globalScoreSimd16(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, eow: i32, eo: i32, ee: i32, maxAbs: i32): i32 {
  const endWeight = eow != 0;
  // Leading-gap boundaries must fit in i16 too.
  if (endWeight && <i64>((n > m ? n : m) + 1) * <i64>ee + <i64>eo + <i64>maxAbs >= <i64>LIMIT) return OVERFLOW;
  // Every cell scores at least as well as a path along a border then one gap to it; the corner
  // (n, m) is the worst case. When that bound stays above −LIMIT no cell can underflow, so only
  // the maximum needs watching.
  const gapO: i64 = <i64>(eo > o ? eo : o);
  const gapE: i64 = <i64>(ee > e ? ee : e);
  const viaCol0 = <i64>boundary(n, endWeight, eo, ee) - gapO - <i64>(m - 1) * gapE;
  const viaRow0 = <i64>boundary(m, endWeight, eo, ee) - gapO - <i64>(n - 1) * gapE;
  if ((viaCol0 > viaRow0 ? viaCol0 : viaRow0) - <i64>maxAbs <= <i64>-LIMIT) return OVERFLOW;
  const segLen = (((n + LANES - 1) / LANES + 1) >> 1) << 1;
  const segBytes = <usize>segLen << 4;
  const profile = scratch(<i64>size * <i64>segBytes);
  for (let c = 0; c < size; c++) {
    const base = profile + <usize>c * segBytes;
    for (let s = 0; s < segLen; s++) {
      for (let k = 0; k < LANES; k++) {
        const q = s + k * segLen;
        // Rows past the end of A only ever feed rows past the end: any value will do.
        const v: i16 = q < n ? <i16>load<i32>(scores + ((<usize>(c * size + <i32>load<u8>(a + <usize>q))) << 2)) : 0;
        store<i16>(base + (<usize>s << 4) + (<usize>k << 1), v);
      }
    }
  }
  // Per-segment horizontal gap costs: the last row of A (trailing gaps in A) may use end costs.
  const gapOE = scratch(<i64>segBytes);
  const gapEE = scratch(<i64>segBytes);
  const lastS = (n - 1) % segLen;
  const lastK = (n - 1) / segLen;
  for (let s = 0; s < segLen; s++) {
    for (let k = 0; k < LANES; k++) {
      const isLast = endWeight && s == lastS && k == lastK;
      store<i16>(gapOE + (<usize>s << 4) + (<usize>k << 1), <i16>(isLast ? eo : o));
      store<i16>(gapEE + (<usize>s << 4) + (<usize>k << 1), <i16>(isLast ? ee : e));
    }
  }
  let hStore = scratch(<i64>segBytes);
  let hLoad = scratch(<i64>segBytes);
  const eArr = scratch(<i64>segBytes);
  // Column 0: H[i][0] is the leading gap in B before row i; E for column 1 opens from it.
  for (let s = 0; s < segLen; s++) {
    for (let k = 0; k < LANES; k++) {
      const q = s + k * segLen;
      const h = q < n ? boundary(q + 1, endWeight, eo, ee) : 0;
      const off = (<usize>s << 4) + (<usize>k << 1);
      store<i16>(hStore + off, <i16>h);
      store<i16>(eArr + off, clamp16(h - <i32>load<i16>(gapOE + off)));
    }
  }
  const vNeg = i16x8.splat(-32768);
  const vHi = i16x8.splat(<i16>LIMIT);
  let vMaxH = vNeg;
  const last = (<usize>(segLen - 1)) << 4;
  const lastOff = (<usize>lastS << 4) + (<usize>lastK << 1);
  let rowBest: i32 = -(1 << 30);
  for (let j = 1; j <= m; j++) {
    const yo = endWeight && j == m ? eo : o;
    const ye = endWeight && j == m ? ee : e;
    const vGapO = i16x8.splat(<i16>yo);
    const vGapE = i16x8.splat(<i16>ye);
    // Row 0 of this column and of the previous one (leading gap in A).
    const top = boundary(j, endWeight, eo, ee);
    const topPrev = boundary(j - 1, endWeight, eo, ee);
    let vH = i16x8.replace_lane(i16x8.shuffle(v128.load(hStore + last), vNeg, 8, 0, 1, 2, 3, 4, 5, 6), 0, <i16>topPrev);
    let vF = i16x8.replace_lane(vNeg, 0, clamp16(top - yo));
    const t = hLoad;
    hLoad = hStore;
    hStore = t;
    const prof = profile + <usize>load<u8>(b + <usize>(j - 1)) * segBytes;
    // Two segments per iteration (segLen is even); a vertical gap never holds a column's highest
    // value, so the overflow watch reads the gap-free H.
    for (let s: usize = 0; s < segBytes; s += 32) {
      let vE = v128.load(eArr + s);
      let vHpre = i16x8.max_s(i16x8.add_sat_s(vH, v128.load(prof + s)), vE);
      vH = i16x8.max_s(vHpre, vF);
      v128.store(hStore + s, vH);
      vMaxH = i16x8.max_s(vMaxH, vHpre);
      vE = i16x8.max_s(i16x8.sub_sat_s(vE, v128.load(gapEE + s)), i16x8.sub_sat_s(vH, v128.load(gapOE + s)));
      v128.store(eArr + s, vE);
      vF = i16x8.max_s(i16x8.sub_sat_s(vF, vGapE), i16x8.sub_sat_s(vHpre, vGapO));
      vH = v128.load(hLoad + s);
      vE = v128.load(eArr + s + 16);
      vHpre = i16x8.max_s(i16x8.add_sat_s(vH, v128.load(prof + s + 16)), vE);
      vH = i16x8.max_s(vHpre, vF);
      v128.store(hStore + s + 16, vH);
      vMaxH = i16x8.max_s(vMaxH, vHpre);
      vE = i16x8.max_s(i16x8.sub_sat_s(vE, v128.load(gapEE + s + 16)), i16x8.sub_sat_s(vH, v128.load(gapOE + s + 16)));
      v128.store(eArr + s + 16, vE);
      vF = i16x8.max_s(i16x8.sub_sat_s(vF, vGapE), i16x8.sub_sat_s(vHpre, vGapO));
      vH = v128.load(hLoad + s + 16);
    }
    for (let k = 0; k < LANES; k++) {
      vF = i16x8.shuffle(vF, vNeg, 8, 0, 1, 2, 3, 4, 5, 6);
      let settled = false;
      for (let s: usize = 0; s < segBytes; s += 16) {
        let h = v128.load(hStore + s);
        h = i16x8.max_s(h, vF);
        v128.store(hStore + s, h);
        const vHo = i16x8.sub_sat_s(h, vGapO);
        v128.store(eArr + s, i16x8.max_s(v128.load(eArr + s), i16x8.sub_sat_s(h, v128.load(gapOE + s))));
        vF = i16x8.sub_sat_s(vF, vGapE);
        if (!v128.any_true(i16x8.ge_s(vF, vHo))) {
          settled = true;
          break;
        }
      }
      if (settled) break;
    }
    if (v128.any_true(i16x8.gt_s(vMaxH, vHi))) return OVERFLOW;
    const hLast = <i32>load<i16>(hStore + lastOff);
    if (hLast > rowBest) rowBest = hLast;
  }
  if (endWeight) return <i32>load<i16>(hStore + lastOff);
  // Free end gaps: best of the last row and of the last column (real rows only).
  let best = rowBest;
  for (let s = 0; s < segLen; s++) {
    for (let k = 0; k < LANES; k++) {
      if (s + k * segLen >= n) continue;
      const v = <i32>load<i16>(hStore + (<usize>s << 4) + (<usize>k << 1));
      if (v > best) best = v;
    }
  }
  return best < 0 ? 0 : best;
}
