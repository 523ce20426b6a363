// k-mer counting (k = 1…31) over 2-bit packed bases (A=0, C=1, G=2, T=3).
//
// k ≤ 12: one pass into a direct array of 4^k u32 counters (`feedDirect`).
// k > 12: two passes over the input, partitioned so every count happens in cache. Each k-mer
// (forward, or the smaller of forward and reverse complement — both rolled in O(1) per base) is
// mixed by an invertible multiplication modulo 4^k: h = key × MIX mod 4^k. The top `partBits`
// bits of h pick the partition (balanced whatever the input), the low `lowBits` = 2k − partBits
// bits are stored — as a u32 when lowBits ≤ 32 (k ≤ 23 with up to 2^14 partitions), else as a u64.
// `scan` histograms the partitions, `layout` allocates one array per partition (memory grown
// once), `scatter` writes every k-mer through one 64-byte write-combining buffer per partition,
// `countPartitions` LSD-radix-sorts each partition in cache and counts its runs, feeding the
// top-N heap and the multiplicity histogram (a partition larger than the sort buffer is counted
// in an open-addressing table instead). Memory: 4 bytes per k-mer (8 when lowBits > 32), plus
// the sort buffer and, only for such an oversized partition, the table.
//
// The host calls `beginRecord` before each record of each pass; chunks of one record may be fed
// one after the other (the rolling k-mer carries over chunks, never over records).
export { alloc, reset } from "./lib/memory";
import { CODE, initCodes } from "./lib/kmer-encode";

const SLOT: usize = 16;
const MAX_PARTITIONS: i32 = 1 << 14;
const PART_COUNT: usize = memory.data(MAX_PARTITIONS * 4);
const PART_BASE: usize = memory.data(MAX_PARTITIONS * 4);
const PART_FILL: usize = memory.data(MAX_PARTITIONS * 4);
// Scatter goes through one 64-byte buffer per partition (write combining): whole cache lines are
// copied out instead of one scattered store per k-mer.
const WC_BYTES: usize = 64;
let wcBuffers: usize = 0;
const WC_FILL: usize = memory.data(MAX_PARTITIONS * 4);
// Radix sort: digits of at most 11 bits, at most 6 passes (62 bits).
const RADIX_MAX_BITS: i32 = 11;
const RADIX_MAX_PASSES: i32 = 6;
const RADIX: usize = memory.data(RADIX_MAX_PASSES * (1 << RADIX_MAX_BITS) * 4);

/** Odd multiplier: h = key × MIX mod 4^k is a bijection, undone by MIX_INV. */
const MIX: u64 = 0x9e3779b97f4a7c15;
let MIX_INV: u64 = 0;

let K: i32 = 0;
let canonical = false;
let direct = false;
let mask: u64 = 0;
let topShift: u64 = 0;
let counts: usize = 0;
let partBits: i32 = 0;
let lowBits: i32 = 0;
let lowMask: u64 = 0;
let wide = false;
let distinctCount: u64 = 0;
let totalCount: u64 = 0;
let fwd: u64 = 0;
let rev: u64 = 0;
let run: i32 = 0;

/** Prepares counting for `k` (1…31); k > 12 uses 2^`bits` partitions (0…14). */
export function init(k: i32, canon: bool, bits: i32): void {
  initCodes();
  K = k;
  canonical = canon;
  mask = (<u64>1 << (<u64>(2 * k))) - 1;
  topShift = <u64>(2 * (k - 1));
  direct = k <= 12;
  distinctCount = 0;
  totalCount = 0;
  partBits = bits;
  lowBits = 2 * k - bits;
  lowMask = (<u64>1 << <u64>lowBits) - 1;
  wide = lowBits > 32;
  // Inverse of MIX modulo 2^64 by Newton's iteration (each step doubles the correct low bits).
  let inv: u64 = MIX;
  for (let i = 0; i < 5; i++) inv *= 2 - MIX * inv;
  MIX_INV = inv;
  if (direct) {
    const bytes = (<usize>1 << (<usize>(2 * k))) * 4;
    counts = heap.alloc(bytes);
    memory.fill(counts, 0, bytes);
  } else {
    memory.fill(PART_COUNT, 0, <usize>MAX_PARTITIONS * 4);
    memory.fill(PART_FILL, 0, <usize>MAX_PARTITIONS * 4);
    memory.fill(WC_FILL, 0, <usize>MAX_PARTITIONS * 4);
    wcBuffers = heap.alloc((<usize>1 << <usize>bits) * WC_BYTES);
  }
  beginRecord();
}

/** Bytes stored per k-mer (k > 12): 4, or 8 when the low bits exceed 32. */
export function entryBytes(): i32 {
  return wide ? 8 : 4;
}

/** Starts a record: no k-mer spans the boundary. */
export function beginRecord(): void {
  fwd = 0;
  rev = 0;
  run = 0;
}

/** k ≤ 12: counts the k-mers of `len` bytes at `ptr` into the direct array. */
export function feedDirect(ptr: usize, len: i32): void {
  const k = K;
  const m = mask;
  const ts = topShift;
  const canon = canonical;
  let f = fwd;
  let r = rev;
  let n = run;
  let total = totalCount;
  let distinct = distinctCount;
  const end = ptr + <usize>len;
  for (let p = ptr; p < end; p++) {
    const c = <u64>load<u8>(CODE + <usize>load<u8>(p));
    if (c > 3) {
      n = 0;
      continue;
    }
    f = ((f << 2) | c) & m;
    r = (r >> 2) | ((3 - c) << ts);
    if (++n >= k) {
      total++;
      const key = canon ? select<u64>(r, f, r < f) : f;
      const q = counts + (<usize>key << 2);
      const v = load<u32>(q);
      if (v == 0) distinct++;
      store<u32>(q, v + 1);
    }
  }
  fwd = f;
  rev = r;
  run = n;
  totalCount = total;
  distinctCount = distinct;
}

/** Pass 1 (k > 12): counts the k-mers of each partition. */
export function scan(ptr: usize, len: i32): void {
  const k = K;
  const m = mask;
  const ts = topShift;
  const canon = canonical;
  const lb = <u64>lowBits;
  let f = fwd;
  let r = rev;
  let n = run;
  let total = totalCount;
  const end = ptr + <usize>len;
  for (let p = ptr; p < end; p++) {
    const c = <u64>load<u8>(CODE + <usize>load<u8>(p));
    if (c > 3) {
      n = 0;
      continue;
    }
    f = ((f << 2) | c) & m;
    r = (r >> 2) | ((3 - c) << ts);
    if (++n >= k) {
      total++;
      const key = canon ? select<u64>(r, f, r < f) : f;
      const q = PART_COUNT + (<usize>(((key * MIX) & m) >> lb) << 2);
      store<u32>(q, load<u32>(q) + 1);
    }
  }
  fwd = f;
  rev = r;
  run = n;
  totalCount = total;
}

let sortBuf: usize = 0;
let sortCap: usize = 0;
let table: usize = 0;
let tableBits: i32 = 0;

/**
 * After pass 1: allocates the partition arrays, the radix-sort buffer (the largest partition,
 * at most `cap` entries) and — only when a partition exceeds `cap` — a counting table of at most
 * 2^`maxTableBits` 16-byte slots, growing memory once. Returns the largest partition size.
 */
export function layout(cap: i32, maxTableBits: i32): i32 {
  const parts = 1 << partBits;
  const size: u64 = wide ? 8 : 4;
  let largest: u32 = 0;
  let sum: u64 = 0;
  for (let i = 0; i < parts; i++) {
    const c = load<u32>(PART_COUNT + (<usize>i << 2));
    if (c > largest) largest = c;
    sum += (((<u64>c * size + 8 + 15) >> 4) << 4) + 16;
  }
  sortCap = <usize>min<u32>(largest, <u32>cap);
  sum += <u64>sortCap * size + 32;
  tableBits = 0;
  if (largest > <u32>cap) {
    let bits = 1;
    while ((<u64>1 << <u64>bits) < 2 * <u64>largest && bits < maxTableBits) bits++;
    tableBits = bits;
    sum += (<u64>SLOT << <u64>bits) + 32;
  }
  // Grow memory once for all of it (the bump allocator would grow it step by step).
  const need = <u64>heap.alloc(0) + sum + (4 << 20); // and room for the host's output buffers
  const have = <u64>memory.size() << 16;
  if (need > have && (need > <u64>1 << 32 || memory.grow(<i32>((need - have + 65535) >> 16)) < 0)) throw new Error("out of memory for the k-mer partitions");
  for (let i = 0; i < parts; i++) {
    const c = load<u32>(PART_COUNT + (<usize>i << 2));
    store<usize>(PART_BASE + (<usize>i << 2), heap.alloc(<usize>c * <usize>size + 8));
  }
  sortBuf = heap.alloc(sortCap * <usize>size + 8);
  table = tableBits > 0 ? heap.alloc(<usize>SLOT << <usize>tableBits) : 0;
  return <i32>largest;
}

// @ts-ignore: decorator
@inline
function scatterLoop<T>(ptr: usize, len: i32): void {
  const k = K;
  const m = mask;
  const ts = topShift;
  const canon = canonical;
  const lb = <u64>lowBits;
  const per = <u32>(WC_BYTES / sizeof<T>());
  const wcb = wcBuffers;
  let f = fwd;
  let r = rev;
  let n = run;
  const end = ptr + <usize>len;
  for (let p = ptr; p < end; p++) {
    const c = <u64>load<u8>(CODE + <usize>load<u8>(p));
    if (c > 3) {
      n = 0;
      continue;
    }
    f = ((f << 2) | c) & m;
    r = (r >> 2) | ((3 - c) << ts);
    if (++n >= k) {
      const key = canon ? select<u64>(r, f, r < f) : f;
      const h = (key * MIX) & m;
      const part = <usize>(h >> lb);
      const wq = WC_FILL + (part << 2);
      const w = load<u32>(wq);
      const wbuf = wcb + part * WC_BYTES;
      // The stored value keeps the low bits of h (u32: bits above lowBits are the same for the whole partition).
      store<T>(wbuf + <usize>w * sizeof<T>(), <T>h);
      if (w + 1 == per) {
        const fq = PART_FILL + (part << 2);
        const fill = load<u32>(fq);
        const dst = load<usize>(PART_BASE + (part << 2)) + <usize>fill * sizeof<T>();
        v128.store(dst, v128.load(wbuf));
        v128.store(dst, v128.load(wbuf, 16), 16);
        v128.store(dst, v128.load(wbuf, 32), 32);
        v128.store(dst, v128.load(wbuf, 48), 48);
        store<u32>(fq, fill + per);
        store<u32>(wq, 0);
      } else store<u32>(wq, w + 1);
    }
  }
  fwd = f;
  rev = r;
  run = n;
}

/** Pass 2 (k > 12): writes every k-mer into its partition. */
export function scatter(ptr: usize, len: i32): void {
  if (wide) scatterLoop<u64>(ptr, len);
  else scatterLoop<u32>(ptr, len);
}

export function total(): f64 {
  return <f64>totalCount;
}

export function distinct(): f64 {
  return <f64>distinctCount;
}

// Top-N: a heap of 16-byte entries (u64 k-mer, u32 count) whose root is the worst kept entry;
// worse = lower count, or same count and larger k-mer (2-bit order = A<C<G<T string order).

let heapPtr: usize = 0;
let heapCap: i32 = 0;
let heapSize: i32 = 0;
let histPtr: usize = 0;
let histLimit: u32 = 0;
let bigPtr: usize = 0;
let bigCount: i32 = 0;
/** A count below this cannot enter the heap (it is full and its worst count is higher). */
let heapFloor: u32 = 0;

// @ts-ignore: decorator
@inline
function worse(a: i32, b: i32): bool {
  const pa = heapPtr + (<usize>a << 4);
  const pb = heapPtr + (<usize>b << 4);
  const ca = load<u32>(pa, 8);
  const cb = load<u32>(pb, 8);
  return ca < cb || (ca == cb && load<u64>(pa) > load<u64>(pb));
}

function swap(a: i32, b: i32): void {
  const pa = heapPtr + (<usize>a << 4);
  const pb = heapPtr + (<usize>b << 4);
  const k = load<u64>(pa);
  const c = load<u32>(pa, 8);
  store<u64>(pa, load<u64>(pb));
  store<u32>(pa, load<u32>(pb, 8), 8);
  store<u64>(pb, k);
  store<u32>(pb, c, 8);
}

function siftDown(size: i32, start: i32): void {
  let i = start;
  while (true) {
    const l = 2 * i + 1;
    if (l >= size) return;
    let w = l;
    if (l + 1 < size && worse(l + 1, l)) w = l + 1;
    if (!worse(w, i)) return;
    swap(i, w);
    i = w;
  }
}

function siftUp(at: i32): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(i, parent)) return;
    swap(i, parent);
    i = parent;
  }
}

/** Records one distinct k-mer's count in the histogram. */
// @ts-ignore: decorator
@inline
function histogram(count: u32): void {
  if (histLimit != 0) {
    if (count < histLimit) {
      const q = histPtr + (<usize>count << 2);
      store<u32>(q, load<u32>(q) + 1);
    } else {
      store<u32>(bigPtr + (<usize>bigCount << 2), count);
      bigCount++;
    }
  }
}

/** Offers one distinct k-mer to the heap. */
function offerTop(key: u64, count: u32): void {
  if (heapCap == 0) return;
  if (heapSize < heapCap) {
    const p = heapPtr + (<usize>heapSize << 4);
    store<u64>(p, key);
    store<u32>(p, count, 8);
    siftUp(heapSize);
    heapSize++;
    if (heapSize == heapCap) heapFloor = load<u32>(heapPtr, 8);
    return;
  }
  const c0 = load<u32>(heapPtr, 8);
  if (count > c0 || (count == c0 && key < load<u64>(heapPtr))) {
    store<u64>(heapPtr, key);
    store<u32>(heapPtr, count, 8);
    siftDown(heapSize, 0);
    heapFloor = load<u32>(heapPtr, 8);
  }
}

/** Offers one distinct k-mer to the heap and the histogram. */
function offer(key: u64, count: u32): void {
  histogram(count);
  offerTop(key, count);
}

/**
 * Where results go: the `n` most frequent k-mers into `heap` (16 bytes each), and — when
 * `histLen` > 0 — the multiplicity histogram into `hist` (u32 per multiplicity < `histLen`) with
 * larger counts listed in `big` (u32 each).
 */
export function setOutputs(n: i32, heap: usize, hist: usize, histLen: i32, big: usize): void {
  heapPtr = heap;
  heapCap = n;
  heapSize = 0;
  // An empty heap (n = 0) takes nothing: no count reaches the floor.
  heapFloor = n == 0 ? u32.MAX_VALUE : 0;
  histPtr = hist;
  histLimit = <u32>histLen;
  bigPtr = big;
  bigCount = 0;
  if (histLen > 0) memory.fill(hist, 0, <usize>histLen << 2);
}

/** k ≤ 12: offers every counted k-mer. */
export function collectDirect(): void {
  const slots = <usize>1 << (<usize>(2 * K));
  for (let i: usize = 0; i < slots; i++) {
    const c = load<u32>(counts + (i << 2));
    if (c != 0) offer(<u64>i, c);
  }
}

/** One distinct k-mer of a partition, as its mixed value `h`: histogram, and the heap when it may enter. */
// @ts-ignore: decorator
@inline
function emit(h: u64, count: u32): void {
  histogram(count);
  if (count >= heapFloor) offerTop((h * MIX_INV) & mask, count);
}

/** The mixed value h of a stored entry of partition `part`. */
// @ts-ignore: decorator
@inline
function mixedOf<T>(v: T, high: u64): u64 {
  return sizeof<T>() == 8 ? <u64>v : high | (<u64>v & lowMask);
}

/**
 * Sorts the `n` entries at `src` (using `tmp`, as large) by their low `lowBits` bits, then
 * emits each run; returns the number of distinct entries.
 */
function sortCount<T>(src: usize, tmp: usize, n: usize, high: u64): u64 {
  const lb = lowBits;
  const passes = (lb + RADIX_MAX_BITS - 1) / RADIX_MAX_BITS;
  const dbits = (lb + passes - 1) / passes;
  const buckets = <usize>1 << <usize>dbits;
  const dmask = <u32>(buckets - 1);
  const sz = sizeof<T>();
  memory.fill(RADIX, 0, <usize>passes * buckets * 4);
  // One read builds every pass's digit histogram.
  for (let j: usize = 0; j < n; j++) {
    const v = load<T>(src + j * sz);
    for (let p = 0; p < passes; p++) {
      const q = RADIX + ((<usize>p * buckets + <usize>(<u32>(<u64>v >> <u64>(p * dbits)) & dmask)) << 2);
      store<u32>(q, load<u32>(q) + 1);
    }
  }
  let a = src;
  let b = tmp;
  for (let p = 0; p < passes; p++) {
    const cnt = RADIX + ((<usize>p * buckets) << 2);
    const shift = <u64>(p * dbits);
    // A pass whose digit is the same for every entry changes nothing.
    let trivial = false;
    let sum: u32 = 0;
    for (let d: usize = 0; d < buckets; d++) {
      const q = cnt + (d << 2);
      const c = load<u32>(q);
      if (<usize>c == n) trivial = true;
      store<u32>(q, sum);
      sum += c;
    }
    if (trivial) continue;
    for (let j: usize = 0; j < n; j++) {
      const v = load<T>(a + j * sz);
      const q = cnt + (<usize>(<u32>(<u64>v >> shift) & dmask) << 2);
      const at = load<u32>(q);
      store<u32>(q, at + 1);
      store<T>(b + <usize>at * sz, v);
    }
    const t = a;
    a = b;
    b = t;
  }
  // Runs of equal entries: one distinct k-mer each.
  let prev = load<T>(a);
  let c: u32 = 1;
  let distinct: u64 = 1;
  for (let j: usize = 1; j < n; j++) {
    const v = load<T>(a + j * sz);
    if (v == prev) c++;
    else {
      emit(mixedOf<T>(prev, high), c);
      distinct++;
      prev = v;
      c = 1;
    }
  }
  emit(mixedOf<T>(prev, high), c);
  return distinct;
}

/**
 * Counts the `n` entries at `keys` in the open-addressing table of 2^`tableBits` slots at
 * `table` (u64 h + 1 with 0 = empty, u32 count); returns the number of distinct entries, or
 * -1 when they exceed 7/8 of the table.
 */
function hashCount<T>(keys: usize, n: usize, high: u64, table: usize, tableBits: i32): i64 {
  let bits = 1;
  while ((<usize>1 << <usize>bits) * 3 < n * 4 && bits < tableBits) bits++;
  const slots = <usize>1 << <usize>bits;
  const slotMask = slots - 1;
  const maxHere = (slots * 7) >> 3;
  let here: usize = 0;
  for (let j: usize = 0; j < n; j++) {
    const h = mixedOf<T>(load<T>(keys + j * sizeof<T>()), high);
    const stored = h + 1;
    let s = <usize>((h * 0x9e3779b97f4a7c15) >> (64 - <u64>bits));
    while (true) {
      const p = table + s * SLOT;
      const v = load<u64>(p);
      if (v == stored) {
        store<u32>(p, load<u32>(p, 8) + 1, 8);
        break;
      }
      if (v == 0) {
        if (here >= maxHere) {
          memory.fill(table, 0, slots * SLOT);
          return -1;
        }
        store<u64>(p, stored);
        store<u32>(p, 1, 8);
        here++;
        break;
      }
      s = (s + 1) & slotMask;
    }
  }
  // Emit every entry and clear the table for the next partition as it is read.
  for (let s: usize = 0; s < slots; s++) {
    const p = table + s * SLOT;
    const v = load<u64>(p);
    if (v != 0) {
      emit(v - 1, load<u32>(p, 8));
      store<u64>(p, 0);
      store<u32>(p, 0, 8);
    }
  }
  return <i64>here;
}

function countAll<T>(): i32 {
  const tmp = sortBuf;
  const cap = sortCap;
  const parts = 1 << partBits;
  const sz = sizeof<T>();
  let distinct: u64 = 0;
  // Flush what the write-combining buffers still hold.
  for (let i = 0; i < parts; i++) {
    const part = <usize>i;
    const w = load<u32>(WC_FILL + (part << 2));
    if (w == 0) continue;
    const fq = PART_FILL + (part << 2);
    const fill = load<u32>(fq);
    memory.copy(load<usize>(PART_BASE + (part << 2)) + <usize>fill * sz, wcBuffers + part * WC_BYTES, <usize>w * sz);
    store<u32>(fq, fill + w);
    store<u32>(WC_FILL + (part << 2), 0);
  }
  if (table != 0) memory.fill(table, 0, (<usize>1 << <usize>tableBits) * SLOT);
  for (let i = 0; i < parts; i++) {
    const n = <usize>load<u32>(PART_COUNT + (<usize>i << 2));
    if (n == 0) continue;
    const keys = load<usize>(PART_BASE + (<usize>i << 2));
    const high = <u64>i << <u64>lowBits;
    if (n <= cap) distinct += sortCount<T>(keys, tmp, n, high);
    else {
      const here = hashCount<T>(keys, n, high, table, tableBits);
      if (here < 0) return 1;
      distinct += <u64>here;
    }
  }
  distinctCount = distinct;
  return 0;
}

/**
 * k > 12: counts each partition, offering every k-mer: radix-sorted in the sort buffer, or — a
 * partition larger than it — in the table. Returns 1 (nothing counted further) if such a
 * partition has more distinct k-mers than 7/8 of the table.
 */
export function countPartitions(): i32 {
  return wide ? countAll<u64>() : countAll<u32>();
}

/** Sorts the heap best-first; returns its size. Also see `bigLength`. */
export function finishTop(): i32 {
  for (let end = heapSize - 1; end > 0; end--) {
    swap(0, end);
    siftDown(end, 0);
  }
  return heapSize;
}

/** Number of counts written to the `big` list. */
export function bigLength(): i32 {
  return bigCount;
}
