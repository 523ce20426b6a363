// Dot plot: every pair (i, j) where the k-mer at i in A equals the k-mer at j in B is binned into
// a size×size grid (row = i·size/lenA, column = j·size/lenB). DNA words are 2-bit packed
// (k ≤ 31; windows with a non-ACGT letter skipped); protein words are 5-bit letters (k ≤ 12;
// A–Z and `*`, case-insensitive). B is indexed once (`indexB`: a hash table of words → their
// positions), then `scanA` looks each word of A up — and, for DNA, its reverse complement, which
// gives the matches against B's reverse strand in B's forward coordinates — so the work is
// O(lenA + lenB + matches). At most `maxMatches` pairs are binned (`scanA` returns -1 beyond).
export { alloc, reset } from "./lib/memory";
import { CODE, initCodes, slotOf } from "./lib/kmer-encode";

// Slot: u64 key+1 (0 = empty), u32 first position index, u32 count.
const SLOT: usize = 16;
const PROTEIN: usize = memory.data(256);
let proteinReady = false;

let K: i32 = 0;
let protein = false;
let mask: u64 = 0;
let topShift: u64 = 0;
let table: usize = 0;
let bits: i32 = 0;
let slotMask: usize = 0;
let positions: usize = 0;

function initProtein(): void {
  if (proteinReady) return;
  for (let i = 0; i < 256; i++) store<u8>(PROTEIN + <usize>i, 0);
  for (let c = 0; c < 26; c++) {
    store<u8>(PROTEIN + <usize>(0x41 + c), <u8>(c + 1));
    store<u8>(PROTEIN + <usize>(0x61 + c), <u8>(c + 1));
  }
  store<u8>(PROTEIN + 0x2a, 27);
  proteinReady = true;
}

/** Code of a byte: DNA 0–3 (4 = skip), protein 1–27 (0 = skip), as "valid" + value. */
// @ts-ignore: decorator
@inline
function codeOf(b: u8): i32 {
  if (protein) {
    const c = <i32>load<u8>(PROTEIN + <usize>b);
    return c == 0 ? -1 : c;
  }
  const c = <i32>load<u8>(CODE + <usize>b);
  return c > 3 ? -1 : c;
}

function find(key: u64): usize {
  const stored = key + 1;
  let s = slotOf(key, bits);
  while (true) {
    const p = table + s * SLOT;
    const v = load<u64>(p);
    if (v == stored) return p;
    if (v == 0) return 0;
    s = (s + 1) & slotMask;
  }
}

function findOrAdd(key: u64): usize {
  const stored = key + 1;
  let s = slotOf(key, bits);
  while (true) {
    const p = table + s * SLOT;
    const v = load<u64>(p);
    if (v == stored) return p;
    if (v == 0) {
      store<u64>(p, stored);
      return p;
    }
    s = (s + 1) & slotMask;
  }
}

/** Indexes the words of B (`len` bytes at `ptr`). */
export function indexB(ptr: usize, len: i32, k: i32, isProtein: bool): void {
  initCodes();
  initProtein();
  K = k;
  protein = isProtein;
  const width: u64 = isProtein ? 5 : 2;
  mask = width * <u64>k >= 64 ? <u64>-1 : (<u64>1 << (width * <u64>k)) - 1;
  topShift = <u64>(2 * (k - 1));
  const words = len >= k ? len - k + 1 : 0;
  bits = 4;
  while ((<i64>1 << bits) * 3 < <i64>words * 4) bits++;
  slotMask = (<usize>1 << <usize>bits) - 1;
  const bytes = (slotMask + 1) * SLOT;
  table = heap.alloc(bytes);
  memory.fill(table, 0, bytes);
  positions = heap.alloc(<usize>(words + 1) << 2);
  // Pass 1: count each word.
  let f: u64 = 0;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = codeOf(load<u8>(ptr + <usize>i));
    if (c < 0) {
      n = 0;
      continue;
    }
    f = ((f << width) | <u64>c) & mask;
    if (++n >= k) {
      const p = findOrAdd(f);
      store<u32>(p, load<u32>(p, 12) + 1, 12);
    }
  }
  // Offsets: each slot's first index into `positions`; the count is refilled in pass 2.
  let at: u32 = 0;
  for (let s: usize = 0; s <= slotMask; s++) {
    const p = table + s * SLOT;
    if (load<u64>(p) == 0) continue;
    store<u32>(p, at, 8);
    at += load<u32>(p, 12);
    store<u32>(p, 0, 12);
  }
  // Pass 2: positions (window starts) in increasing order per word.
  f = 0;
  n = 0;
  for (let i = 0; i < len; i++) {
    const c = codeOf(load<u8>(ptr + <usize>i));
    if (c < 0) {
      n = 0;
      continue;
    }
    f = ((f << width) | <u64>c) & mask;
    if (++n >= k) {
      const p = find(f);
      const fill = load<u32>(p, 12);
      store<u32>(positions + ((<usize>(load<u32>(p, 8) + fill)) << 2), <u32>(i - k + 1));
      store<u32>(p, fill + 1, 12);
    }
  }
}

/**
 * Bins the matches of A (`lenA` bytes at `ptr`) against the indexed B (`lenB` long) into the
 * u32 grids `fwdGrid` and, for DNA, `revGrid`. Returns the pairs binned, or -1 if more than
 * `maxMatches`.
 */
export function scanA(ptr: usize, lenA: i32, lenB: i32, size: i32, fwdGrid: usize, revGrid: usize, maxMatches: f64): f64 {
  const k = K;
  const width: u64 = protein ? 5 : 2;
  const m = mask;
  const ts = topShift;
  const sz = <u64>size;
  const la = <u64>lenA;
  const lb = <u64>lenB;
  const passes = protein ? 1 : 2;
  let matches: f64 = 0;
  let f: u64 = 0;
  let r: u64 = 0;
  let n = 0;
  for (let i = 0; i < lenA; i++) {
    const c = codeOf(load<u8>(ptr + <usize>i));
    if (c < 0) {
      n = 0;
      continue;
    }
    f = ((f << width) | <u64>c) & m;
    if (!protein) r = (r >> 2) | ((<u64>(3 - c)) << ts);
    if (++n < k) continue;
    const start = <u64>(i - k + 1);
    const row = <usize>((start * sz) / la) * <usize>size;
    for (let pass = 0; pass < passes; pass++) {
      const p = find(pass == 0 ? f : r);
      if (p == 0) continue;
      const count = load<u32>(p, 12);
      matches += <f64>count;
      if (matches > maxMatches) return -1;
      const grid = pass == 0 ? fwdGrid : revGrid;
      const first = positions + (<usize>load<u32>(p, 8) << 2);
      for (let q: u32 = 0; q < count; q++) {
        const j = <u64>load<u32>(first + (<usize>q << 2));
        const cell = grid + ((row + <usize>((j * sz) / lb)) << 2);
        store<u32>(cell, load<u32>(cell) + 1);
      }
    }
  }
  return matches;
}
