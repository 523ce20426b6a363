// Striped Smith-Waterman score (Farrar 2007, as in parasail's sw_striped 16-bit): 8 × i16 lanes,
// query profile built per call, lazy-F loop. Saturating arithmetic; when the best score gets
// within one matrix score of i16 max the result may be clipped, so the kernel returns −1 and the
// host re-runs the 4 × i32 variant below (exact). Needs gap extend ≤ gap open (the host checks): then a
// carried vertical gap that cannot beat a fresh opening (strictly) cannot change any later cell.
import { scratch } from "./align-common";

const LANES: i32 = 8;
const PAD: i16 = -16384;
/** i32 "minus infinity" that stays far from overflow after subtracting penalties. */
const NEG32: i32 = -(1 << 29);

/** Best local score (scaled units) of A (query, striped) against B, or −1 on i16 overflow. */
export function localScoreSimd16(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32, maxScore: i32): i32 {
  const segLen = (((n + LANES - 1) / LANES + 1) >> 1) << 1;
  const segBytes = <usize>segLen << 4;
  // Query profile: for every matrix code, segLen vectors; lane k of segment s is query position s + k·segLen.
  const profile = scratch(<i64>size * <i64>segBytes);
  for (let c = 0; c < size; c++) {
    const base = profile + <usize>c * segBytes;
    for (let s = 0; s < segLen; s++) {
      for (let k = 0; k < LANES; k++) {
        const q = s + k * segLen;
        const v: i16 = q < n ? <i16>load<i32>(scores + ((<usize>(c * size + <i32>load<u8>(a + <usize>q))) << 2)) : PAD;
        store<i16>(base + (<usize>s << 4) + (<usize>k << 1), v);
      }
    }
  }
  let hStore = scratch(<i64>segBytes);
  let hLoad = scratch(<i64>segBytes);
  const eArr = scratch(<i64>segBytes);
  const vZero = i16x8.splat(0);
  const vNeg = i16x8.splat(-32768);
  for (let s = 0; s < segLen; s++) {
    v128.store(hStore + (<usize>s << 4), vZero);
    v128.store(eArr + (<usize>s << 4), vNeg);
  }
  const vGapO = i16x8.splat(<i16>o);
  const vGapE = i16x8.splat(<i16>e);
  let vMax = vZero;
  const vLimit = i16x8.splat(<i16>(32766 - maxScore));
  const last = (<usize>(segLen - 1)) << 4;
  for (let j = 0; j < m; j++) {
    let vF = vNeg;
    // H of the previous column's last segment, moved up one lane; lane 0 takes the zero border.
    let vH = i16x8.shuffle(v128.load(hStore + last), vZero, 8, 0, 1, 2, 3, 4, 5, 6);
    const t = hLoad;
    hLoad = hStore;
    hStore = t;
    const prof = profile + <usize>load<u8>(b + <usize>j) * segBytes;
    // Two segments per iteration (segLen is even). H without the vertical gap first: the F chain
    // (the loop-carried dependency) then needs only two operations, since with extend ≤ open,
    // F − open never beats F − extend. A vertical gap never holds a column's best score, so the
    // running maximum reads the gap-free H.
    for (let s: usize = 0; s < segBytes; s += 32) {
      let vE = v128.load(eArr + s);
      let vHpre = i16x8.max_s(i16x8.max_s(i16x8.add_sat_s(vH, v128.load(prof + s)), vE), vZero);
      vH = i16x8.max_s(vHpre, vF);
      v128.store(hStore + s, vH);
      vMax = i16x8.max_s(vMax, vHpre);
      vE = i16x8.max_s(i16x8.sub_sat_s(vE, vGapE), i16x8.sub_sat_s(vH, vGapO));
      v128.store(eArr + s, vE);
      vF = i16x8.max_s(i16x8.sub_sat_s(vF, vGapE), i16x8.sub_sat_s(vHpre, vGapO));
      vH = v128.load(hLoad + s);
      vE = v128.load(eArr + s + 16);
      vHpre = i16x8.max_s(i16x8.max_s(i16x8.add_sat_s(vH, v128.load(prof + s + 16)), vE), vZero);
      vH = i16x8.max_s(vHpre, vF);
      v128.store(hStore + s + 16, vH);
      vMax = i16x8.max_s(vMax, vHpre);
      vE = i16x8.max_s(i16x8.sub_sat_s(vE, vGapE), i16x8.sub_sat_s(vH, vGapO));
      v128.store(eArr + s + 16, vE);
      vF = i16x8.max_s(i16x8.sub_sat_s(vF, vGapE), i16x8.sub_sat_s(vHpre, vGapO));
      vH = v128.load(hLoad + s + 16);
    }
    // Lazy F: carry vertical gaps across lane boundaries until they no longer improve any cell.
    for (let k = 0; k < LANES; k++) {
      vF = i16x8.shuffle(vF, vNeg, 8, 0, 1, 2, 3, 4, 5, 6);
      let settled = false;
      for (let s: usize = 0; s < segBytes; s += 16) {
        let h = v128.load(hStore + s);
        h = i16x8.max_s(h, vF);
        v128.store(hStore + s, h);
        const vHo = i16x8.sub_sat_s(h, vGapO);
        v128.store(eArr + s, i16x8.max_s(v128.load(eArr + s), vHo));
        vF = i16x8.sub_sat_s(vF, vGapE);
        if (!v128.any_true(i16x8.ge_s(vF, vHo))) {
          settled = true;
          break;
        }
      }
      if (settled) break;
    }
    // Stop as soon as a lane gets near saturation: the i32 re-run will take over.
    if (v128.any_true(i16x8.gt_s(vMax, vLimit))) return -1;
  }
  v128.store(hLoad, vMax);
  let best: i32 = 0;
  for (let k = 0; k < LANES; k++) {
    const v = <i32>load<i16>(hLoad + (<usize>k << 1));
    if (v > best) best = v;
  }
  return best;
}

/**
 * The same striped kernel with 4 × i32 lanes: exact for every score the contract allows, used
 * when the 8 × i16 kernel saturates (long, similar sequences).
 */
export function localScoreSimd32(a: usize, n: i32, b: usize, m: i32, scores: usize, size: i32, o: i32, e: i32): i32 {
  const lanes: i32 = 4;
  const segLen = (n + lanes - 1) / lanes;
  const segBytes = <usize>segLen << 4;
  const profile = scratch(<i64>size * <i64>segBytes);
  for (let c = 0; c < size; c++) {
    const base = profile + <usize>c * segBytes;
    for (let s = 0; s < segLen; s++) {
      for (let k = 0; k < lanes; k++) {
        const q = s + k * segLen;
        const v: i32 = q < n ? load<i32>(scores + ((<usize>(c * size + <i32>load<u8>(a + <usize>q))) << 2)) : NEG32;
        store<i32>(base + (<usize>s << 4) + (<usize>k << 2), v);
      }
    }
  }
  let hStore = scratch(<i64>segBytes);
  let hLoad = scratch(<i64>segBytes);
  const eArr = scratch(<i64>segBytes);
  const vZero = i32x4.splat(0);
  const vNeg = i32x4.splat(NEG32);
  for (let s = 0; s < segLen; s++) {
    v128.store(hStore + (<usize>s << 4), vZero);
    v128.store(eArr + (<usize>s << 4), vNeg);
  }
  const vGapO = i32x4.splat(o);
  const vGapE = i32x4.splat(e);
  let vMax = vZero;
  const last = (<usize>(segLen - 1)) << 4;
  for (let j = 0; j < m; j++) {
    let vF = vNeg;
    let vH = i32x4.shuffle(v128.load(hStore + last), vZero, 4, 0, 1, 2);
    const t = hLoad;
    hLoad = hStore;
    hStore = t;
    const prof = profile + <usize>load<u8>(b + <usize>j) * segBytes;
    for (let s: usize = 0; s < segBytes; s += 16) {
      let vE = v128.load(eArr + s);
      const vHpre = i32x4.max_s(i32x4.max_s(i32x4.add(vH, v128.load(prof + s)), vE), vZero);
      vH = i32x4.max_s(vHpre, vF);
      v128.store(hStore + s, vH);
      vMax = i32x4.max_s(vMax, vH);
      vE = i32x4.max_s(i32x4.sub(vE, vGapE), i32x4.sub(vH, vGapO));
      v128.store(eArr + s, vE);
      vF = i32x4.max_s(i32x4.sub(vF, vGapE), i32x4.sub(vHpre, vGapO));
      vH = v128.load(hLoad + s);
    }
    for (let k = 0; k < lanes; k++) {
      vF = i32x4.shuffle(vF, vNeg, 4, 0, 1, 2);
      let settled = false;
      for (let s: usize = 0; s < segBytes; s += 16) {
        let h = v128.load(hStore + s);
        h = i32x4.max_s(h, vF);
        v128.store(hStore + s, h);
        vMax = i32x4.max_s(vMax, h);
        const vHo = i32x4.sub(h, vGapO);
        v128.store(eArr + s, i32x4.max_s(v128.load(eArr + s), vHo));
        vF = i32x4.sub(vF, vGapE);
        if (!v128.any_true(i32x4.ge_s(vF, vHo))) {
          settled = true;
          break;
        }
      }
      if (settled) break;
    }
  }
  v128.store(hLoad, vMax);
  let best: i32 = 0;
  for (let k = 0; k < lanes; k++) {
    const v = load<i32>(hLoad + (<usize>k << 2));
    if (v > best) best = v;
  }
  return best;
}
