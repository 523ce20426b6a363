// IUPAC pattern matching shared by the motif and digest kernels. Bases are 4-bit sets (A=1,
// C=2, G=4, T/U=8; N=15); a sequence letter matches a pattern letter when its set is non-empty
// and inside the pattern's set (so an N in the sequence only matches N in the pattern). Up to
// two patterns of equal length are searched in one pass: shift-and for length ≤ 64, a direct
// window check beyond.

const MASK: usize = memory.data(256);
// Per pattern slot: 256 u64 bitsets (pattern positions each byte matches) and the pattern masks.
const MAX_PATTERN: i32 = 1024;
const BITS: usize = memory.data(2 * 256 * 8);
const PATMASK: usize = memory.data(2 * MAX_PATTERN);
let maskReady = false;
let patLen: i32 = 0;

function setMask(ch: i32, m: u8): void {
  store<u8>(MASK + <usize>ch, m);
  store<u8>(MASK + <usize>(ch | 0x20), m);
}

function initMasks(): void {
  if (maskReady) return;
  memory.fill(MASK, 0, 256);
  setMask(0x41, 1); // A
  setMask(0x43, 2); // C
  setMask(0x47, 4); // G
  setMask(0x54, 8); // T
  setMask(0x55, 8); // U
  setMask(0x52, 5); // R
  setMask(0x59, 10); // Y
  setMask(0x53, 6); // S
  setMask(0x57, 9); // W
  setMask(0x4b, 12); // K
  setMask(0x4d, 3); // M
  setMask(0x42, 14); // B
  setMask(0x44, 13); // D
  setMask(0x48, 11); // H
  setMask(0x56, 7); // V
  setMask(0x4e, 15); // N
  maskReady = true;
}

/**
 * Loads pattern `slot` (0 or 1) from `len` (1…1024) ASCII IUPAC letters at `ptr`. Both slots
 * must have the same length. Returns 0, or 1 for a bad length.
 */
export function setPattern(slot: i32, ptr: usize, len: i32): i32 {
  initMasks();
  if (len < 1 || len > MAX_PATTERN) return 1;
  patLen = len;
  const bits = BITS + (<usize>slot << 11);
  const pm = PATMASK + <usize>(slot * MAX_PATTERN);
  for (let j = 0; j < len; j++) store<u8>(pm + <usize>j, load<u8>(MASK + <usize>load<u8>(ptr + <usize>j)));
  for (let c = 0; c < 256; c++) {
    const s = <u32>load<u8>(MASK + <usize>c);
    let b: u64 = 0;
    if (s != 0 && len <= 64) {
      for (let j = 0; j < len; j++) {
        const p = <u32>load<u8>(pm + <usize>j);
        if ((s & ~p) == 0) b |= <u64>1 << <u64>j;
      }
    }
    store<u64>(bits + (<usize>c << 3), b);
  }
  return 0;
}

/**
 * Searches `len` bytes at `seq` for `patterns` (1 or 2) loaded patterns. Writes each hit whose
 * start is below `startLimit` as u32 `start·2 + slot` to `out`, in start order (slot 0 first).
 * Stops after `cap` hits and returns cap + 1 when there were more; else the number written.
 */
export function search(seq: usize, len: i32, patterns: i32, startLimit: i32, out: usize, cap: i32): i32 {
  const m = patLen;
  let n = 0;
  if (m > len) return 0;
  if (m <= 64) {
    const top: u64 = <u64>1 << <u64>(m - 1);
    const b0 = BITS;
    const b1 = BITS + 2048;
    let d0: u64 = 0;
    let d1: u64 = 0;
    for (let i = 0; i < len; i++) {
      const c = <usize>load<u8>(seq + <usize>i) << 3;
      d0 = ((d0 << 1) | 1) & load<u64>(b0 + c);
      d1 = patterns > 1 ? ((d1 << 1) | 1) & load<u64>(b1 + c) : 0;
      if (((d0 | d1) & top) != 0) {
        const start = i - m + 1;
        if (start >= startLimit) break;
        if ((d0 & top) != 0) {
          if (n == cap) return cap + 1;
          store<u32>(out + (<usize>n << 2), <u32>(start << 1));
          n++;
        }
        if ((d1 & top) != 0) {
          if (n == cap) return cap + 1;
          store<u32>(out + (<usize>n << 2), <u32>((start << 1) | 1));
          n++;
        }
      }
    }
    return n;
  }
  const last = len - m < startLimit - 1 ? len - m : startLimit - 1;
  for (let start = 0; start <= last; start++) {
    for (let slot = 0; slot < patterns; slot++) {
      const pm = PATMASK + <usize>(slot * MAX_PATTERN);
      let j = 0;
      while (j < m) {
        const s = <u32>load<u8>(MASK + <usize>load<u8>(seq + <usize>(start + j)));
        if (s == 0 || (s & ~(<u32>load<u8>(pm + <usize>j))) != 0) break;
        j++;
      }
      if (j == m) {
        if (n == cap) return cap + 1;
        store<u32>(out + (<usize>n << 2), <u32>((start << 1) | slot));
        n++;
      }
    }
  }
  return n;
}
