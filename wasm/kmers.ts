// k-mer counting (k = 1…31) over 2-bit packed bases (A=0, C=1, G=2, T=3).
//
// k ≤ 12: one pass into a direct array of 4^k u32 counters (`feedDirect`).
// k > 12: two passes over the input, partitioned by hash so every count happens in a
// cache-sized table: `scan` histograms the k-mers' partitions, `layout` allocates one key array
// per partition, `scatter` writes every k-mer into its partition, `countPartitions` counts each
// partition in a small open-addressing table (linear probing, u64 key+1 with 0 = empty, u32
// count) and feeds the top-N heap and the multiplicity histogram. Memory: 8 bytes per k-mer.
//
// The host calls `beginRecord` before each record of each pass; chunks of one record may be fed
// one after the other (the rolling k-mer carries over chunks, never over records).
export { alloc, reset } from "./lib/memory";
import { CODE, initCodes, slotOf } from "./lib/kmer-encode";

const SLOT: usize = 16;
const MAX_PARTITIONS: i32 = 1 << 12;
const PART_COUNT: usize = memory.data(MAX_PARTITIONS * 4);
const PART_BASE: usize = memory.data(MAX_PARTITIONS * 4);
const PART_FILL: usize = memory.data(MAX_PARTITIONS * 4);
// Scatter goes through one 64-byte buffer per partition (write combining): whole cache lines are
// copied out instead of one scattered 8-byte store per k-mer.
const WC_ENTRIES: u32 = 8;
let wcBuffers: usize = 0;
const WC_FILL: usize = memory.data(MAX_PARTITIONS * 4);

let K: i32 = 0;
let canonical = false;
let direct = false;
let mask: u64 = 0;
let topShift: u64 = 0;
let counts: usize = 0;
let partBits: i32 = 0;
let distinctCount: u64 = 0;
let totalCount: u64 = 0;
let fwd: u64 = 0;
let rev: u64 = 0;
let run: i32 = 0;

/** Prepares counting for `k` (1…31); k > 12 uses 2^`bits` partitions (0…12). */
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
  if (direct) {
    const bytes = (<usize>1 << (<usize>(2 * k))) * 4;
    counts = heap.alloc(bytes);
    memory.fill(counts, 0, bytes);
  } else {
    memory.fill(PART_COUNT, 0, <usize>MAX_PARTITIONS * 4);
    memory.fill(PART_FILL, 0, <usize>MAX_PARTITIONS * 4);
    memory.fill(WC_FILL, 0, <usize>MAX_PARTITIONS * 4);
    wcBuffers = heap.alloc(<usize>(1 << bits) * <usize>WC_ENTRIES * 8);
  }
  beginRecord();
}

/** Starts a record: no k-mer spans the boundary. */
export function beginRecord(): void {
  fwd = 0;
  rev = 0;
  run = 0;
}

/** Partition of a k-mer: the top `partBits` bits of a second multiplicative hash. */
// @ts-ignore: decorator
@inline
function partOf(key: u64, bits: i32): usize {
  return bits == 0 ? 0 : <usize>((key * 0xc2b2ae3d27d4eb4f) >> (64 - <u64>bits));
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
  const bits = partBits;
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
      const q = PART_COUNT + (partOf(key, bits) << 2);
      store<u32>(q, load<u32>(q) + 1);
    }
  }
  fwd = f;
  rev = r;
  run = n;
  totalCount = total;
}

/** Allocates the partition arrays after pass 1; returns the largest partition size. */
export function layout(): i32 {
  const parts = 1 << partBits;
  let largest: u32 = 0;
  for (let i = 0; i < parts; i++) {
    const c = load<u32>(PART_COUNT + (<usize>i << 2));
    if (c > largest) largest = c;
    store<usize>(PART_BASE + (<usize>i << 2), heap.alloc((<usize>c << 3) + 8));
  }
  return <i32>largest;
}

/** Pass 2 (k > 12): writes every k-mer into its partition. */
export function scatter(ptr: usize, len: i32): void {
  const k = K;
  const m = mask;
  const ts = topShift;
  const canon = canonical;
  const bits = partBits;
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
      const part = partOf(key, bits);
      const wq = WC_FILL + (part << 2);
      const w = load<u32>(wq);
      const wbuf = wcBuffers + (part << 6);
      store<u64>(wbuf + (<usize>w << 3), key);
      if (w + 1 == WC_ENTRIES) {
        const fq = PART_FILL + (part << 2);
        const fill = load<u32>(fq);
        const dst = load<usize>(PART_BASE + (part << 2)) + (<usize>fill << 3);
        v128.store(dst, v128.load(wbuf));
        v128.store(dst, v128.load(wbuf, 16), 16);
        v128.store(dst, v128.load(wbuf, 32), 32);
        v128.store(dst, v128.load(wbuf, 48), 48);
        store<u32>(fq, fill + WC_ENTRIES);
        store<u32>(wq, 0);
      } else store<u32>(wq, w + 1);
    }
  }
  fwd = f;
  rev = r;
  run = n;
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

/** Offers one distinct k-mer to the heap and the histogram. */
function offer(key: u64, count: u32): void {
  if (histLimit != 0) {
    if (count < histLimit) {
      const q = histPtr + (<usize>count << 2);
      store<u32>(q, load<u32>(q) + 1);
    } else {
      store<u32>(bigPtr + (<usize>bigCount << 2), count);
      bigCount++;
    }
  }
  if (heapCap == 0) return;
  if (heapSize < heapCap) {
    const p = heapPtr + (<usize>heapSize << 4);
    store<u64>(p, key);
    store<u32>(p, count, 8);
    siftUp(heapSize);
    heapSize++;
    return;
  }
  const c0 = load<u32>(heapPtr, 8);
  if (count > c0 || (count == c0 && key < load<u64>(heapPtr))) {
    store<u64>(heapPtr, key);
    store<u32>(heapPtr, count, 8);
    siftDown(heapSize, 0);
  }
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

/**
 * k > 12: counts each partition in a table of 2^`tableBits` slots at `table`, offering every
 * k-mer. Returns 1 (nothing counted further) if a partition has more distinct k-mers than 7/8
 * of the table.
 */
export function countPartitions(table: usize, tableBits: i32): i32 {
  const parts = 1 << partBits;
  let distinct: u64 = 0;
  // Flush what the write-combining buffers still hold.
  for (let i = 0; i < parts; i++) {
    const part = <usize>i;
    const w = load<u32>(WC_FILL + (part << 2));
    if (w == 0) continue;
    const fq = PART_FILL + (part << 2);
    const fill = load<u32>(fq);
    memory.copy(load<usize>(PART_BASE + (part << 2)) + (<usize>fill << 3), wcBuffers + (part << 6), <usize>w << 3);
    store<u32>(fq, fill + w);
    store<u32>(WC_FILL + (part << 2), 0);
  }
  memory.fill(table, 0, (<usize>1 << <usize>tableBits) * SLOT);
  for (let i = 0; i < parts; i++) {
    const n = <usize>load<u32>(PART_COUNT + (<usize>i << 2));
    if (n == 0) continue;
    // Smallest power of two ≥ 4n/3 slots (load ≤ 3/4: the table stays in L2), within the allocated table.
    let bits = 1;
    while ((<usize>1 << <usize>bits) * 3 < n * 4 && bits < tableBits) bits++;
    const slots = <usize>1 << <usize>bits;
    const slotMask = slots - 1;
    const keys = load<usize>(PART_BASE + (<usize>i << 2));
    const maxHere = (slots * 7) >> 3;
    let here: usize = 0;
    for (let j: usize = 0; j < n; j++) {
      const key = load<u64>(keys + (j << 3));
      const stored = key + 1;
      let s = slotOf(key, bits);
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
            return 1;
          }
          store<u64>(p, stored);
          store<u32>(p, 1, 8);
          here++;
          break;
        }
        s = (s + 1) & slotMask;
      }
    }
    // Offer every entry and clear the table for the next partition as it is read.
    for (let s: usize = 0; s < slots; s++) {
      const p = table + s * SLOT;
      const v = load<u64>(p);
      if (v != 0) {
        offer(v - 1, load<u32>(p, 8));
        store<u64>(p, 0);
        store<u32>(p, 0, 8);
      }
    }
    distinct += <u64>here;
  }
  distinctCount = distinct;
  return 0;
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
