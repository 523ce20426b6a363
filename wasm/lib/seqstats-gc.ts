// GC content per sliding window of one sequence (the `gcWindows` operation).

const GC_CLASS: usize = memory.data(256);
let gcTableReady = false;

// 1 = G, 2 = C, 3 = A/T/U (either case); 0 = anything else (ambiguity codes, gaps).
function buildGcTable(): void {
  for (let i = 0; i < 256; i++) store<u8>(GC_CLASS + <usize>i, 0);
  store<u8>(GC_CLASS + 71, 1);
  store<u8>(GC_CLASS + 103, 1);
  store<u8>(GC_CLASS + 67, 2);
  store<u8>(GC_CLASS + 99, 2);
  store<u8>(GC_CLASS + 65, 3);
  store<u8>(GC_CLASS + 97, 3);
  store<u8>(GC_CLASS + 84, 3);
  store<u8>(GC_CLASS + 116, 3);
  store<u8>(GC_CLASS + 85, 3);
  store<u8>(GC_CLASS + 117, 3);
  gcTableReady = true;
}

let g: i32 = 0;
let c: i32 = 0;
let at: i32 = 0;

@inline function add(p: usize, sign: i32): void {
  const k = load<u8>(GC_CLASS + <usize>load<u8>(p));
  if (k == 1) g += sign;
  else if (k == 2) c += sign;
  else if (k == 3) at += sign;
}

/**
 * Counts G, C and A+C+G+T(+U) in the windows [s, s + window) for s = 0, step, 2·step, … while
 * the window fits (one window over everything when `window` ≥ `len`). Writes three u32 per
 * window (G, C, ACGTU) at `out`; returns the number of windows.
 */
export function gcWindows(ptr: usize, len: i32, window: i32, step: i32, out: usize): i32 {
  if (!gcTableReady) buildGcTable();
  const w = window >= len ? len : window;
  const count = window >= len ? 1 : (len - window) / step + 1;
  g = 0;
  c = 0;
  at = 0;
  for (let i = 0; i < w; i++) add(ptr + <usize>i, 1);
  for (let k = 0; k < count; k++) {
    const s = k * step;
    if (k > 0) {
      if (step < w) {
        for (let i = s - step; i < s; i++) add(ptr + <usize>i, -1);
        for (let i = s - step + w; i < s + w; i++) add(ptr + <usize>i, 1);
      } else {
        g = 0;
        c = 0;
        at = 0;
        for (let i = s; i < s + w; i++) add(ptr + <usize>i, 1);
      }
    }
    const o = out + <usize>(k * 12);
    store<u32>(o, g);
    store<u32>(o, c, 4);
    store<u32>(o, g + c + at, 8);
  }
  return count;
}
