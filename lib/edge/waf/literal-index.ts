/**
 * Multi-literal scan: which of many registered literal sets occur in a string (case-insensitively), in one
 * pass over the string. Literals are bucketed by their first three characters (two for 2-character literals)
 * folded to 7 bits each: a rolling key and a presence filter make each position of the value cost two bit
 * tests; only literals whose prefix occurs there are compared. The filters are hashed bitsets small enough to
 * stay in the L1 cache (8 KB for the 3-character keys, 2 KB for the 2-character ones): a presence table indexed
 * by the full 21-bit key (2 MB) cost a cache miss per character. A hash collision only costs a bucket lookup
 * that finds nothing.
 */

const K2 = 14;
const K3 = 21;

interface Entry {
  lit: string;
  /** Every set that registered this literal (a literal shared by many rules is compared once). */
  sets: number[];
  /** Epoch of the scan that last found this literal: it is not compared again in that scan. */
  found: number;
}

const key2 = (a: number, b: number): number => ((a & 127) << 7) | (b & 127);
const key3 = (a: number, b: number, c: number): number => ((a & 127) << 14) | ((b & 127) << 7) | (c & 127);
/** Bits of the hashed 3-character filter (2^16 bits = 8 KB). */
const H3 = 16;
const hash3 = (k: number): number => Math.imul(k, 0x9e3779b1) >>> (32 - H3);
const setBit = (bits: Uint32Array, i: number): void => {
  bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
};

export class LiteralIndex {
  private readonly present2 = new Uint32Array((1 << K2) >>> 5);
  private readonly present3 = new Uint32Array((1 << H3) >>> 5);
  private readonly buckets2 = new Map<number, Entry[]>();
  private readonly buckets3 = new Map<number, Entry[]>();
  private stamps = new Int32Array(0);
  private epoch = 0;
  private sets = 0;
  /** Lookup tables built from the buckets on the first scan after an `add` (no Map lookups on the scan path). */
  private dirty = true;
  private lists2: Array<Entry[] | undefined> = [];
  /** Open-addressing table of the 3-character keys: key + 1 (0 = empty) and the bucket at the same slot. */
  private slotKeys = new Int32Array(0);
  private slotLists: Entry[][] = [];
  private slotMask = 0;

  /** Register a set of lower-case literals (each at least 2 characters); returns its index for `has`. */
  add(literals: readonly string[]): number {
    const set = this.sets++;
    this.stamps = new Int32Array(this.sets);
    this.dirty = true;
    for (const lit of literals) {
      const short = lit.length < 3;
      const k = short ? key2(lit.charCodeAt(0), lit.charCodeAt(1)) : key3(lit.charCodeAt(0), lit.charCodeAt(1), lit.charCodeAt(2));
      if (short) setBit(this.present2, k);
      else setBit(this.present3, hash3(k));
      const buckets = short ? this.buckets2 : this.buckets3;
      const list = buckets.get(k);
      const same = list?.find((e) => e.lit === lit);
      if (same) {
        if (!same.sets.includes(set)) same.sets.push(set);
      } else if (list) list.push({ lit, sets: [set], found: -1 });
      else buckets.set(k, [{ lit, sets: [set], found: -1 }]);
    }
    return set;
  }

  private build(): void {
    this.lists2 = new Array<Entry[] | undefined>(1 << K2).fill(undefined);
    for (const [k, list] of this.buckets2) this.lists2[k] = list;
    let size = 16;
    while (size < this.buckets3.size * 4) size <<= 1;
    this.slotKeys = new Int32Array(size);
    this.slotLists = new Array<Entry[]>(size).fill([]);
    this.slotMask = size - 1;
    for (const [k, list] of this.buckets3) {
      let h = hash3(k) & this.slotMask;
      while (this.slotKeys[h] !== 0) h = (h + 1) & this.slotMask;
      this.slotKeys[h] = k + 1;
      this.slotLists[h] = list;
    }
    this.dirty = false;
  }

  private bucket3(k: number): Entry[] | undefined {
    const keys = this.slotKeys;
    for (let h = hash3(k) & this.slotMask; ; h = (h + 1) & this.slotMask) {
      const sk = keys[h] as number;
      if (sk === 0) return undefined;
      if (sk === k + 1) return this.slotLists[h];
    }
  }

  /** Scan `value` (compared lower-cased); until the next scan, `has(set)` tells whether one of the set's literals occurs. */
  scan(value: string): void {
    if (this.dirty) this.build();
    this.epoch++;
    if (this.epoch > 0x3fffffff) {
      // Once per billion scans: forget every stamp so that an old epoch can never read as current.
      this.stamps.fill(0);
      for (const list of [...this.buckets2.values(), ...this.buckets3.values()]) for (const e of list) e.found = -1;
      this.epoch = 1;
    }
    const v = /[A-Z]/.test(value) ? value.toLowerCase() : value;
    const n = v.length;
    if (n < 2) return;
    const p2 = this.present2;
    const p3 = this.present3;
    let k = v.charCodeAt(0) & 127;
    for (let i = 1; i < n; i++) {
      k = ((k << 7) | (v.charCodeAt(i) & 127)) & ((1 << K3) - 1);
      // k now covers the window ending at i: its low 14 bits are the 2-character key of v[i-1..i].
      const k2 = k & ((1 << K2) - 1);
      if (((p2[k2 >>> 5] as number) & (1 << (k2 & 31))) !== 0) this.check(this.lists2[k2], v, i - 1, 2);
      if (i < 2) continue;
      const h = hash3(k);
      if (((p3[h >>> 5] as number) & (1 << (h & 31))) !== 0) this.check(this.bucket3(k), v, i - 2, 3);
    }
  }

  /** Compare the bucket's literals at `at`; the bucket key already matched the first `keyLen` characters (7-bit folded). */
  private check(list: Entry[] | undefined, v: string, at: number, keyLen: number): void {
    if (list === undefined) return;
    // The folded key equals the literal's first characters exactly when those characters of v are ASCII.
    for (let c = 0; c < keyLen; c++) if (v.charCodeAt(at + c) > 127) return;
    const epoch = this.epoch;
    const stamps = this.stamps;
    for (let j = 0; j < list.length; j++) {
      const e = list[j] as Entry;
      if (e.found === epoch) continue;
      const lit = e.lit;
      const len = lit.length;
      if (at + len > v.length) continue;
      // Char-code comparison instead of startsWith: the call costs more than comparing a few characters.
      let c = keyLen;
      while (c < len && v.charCodeAt(at + c) === lit.charCodeAt(c)) c++;
      if (c !== len) continue;
      e.found = epoch;
      const sets = e.sets;
      for (let q = 0; q < sets.length; q++) stamps[sets[q] as number] = epoch;
    }
  }

  /** Whether the last scanned value contains one of the literals of `set`. */
  has(set: number): boolean {
    return this.stamps[set] === this.epoch;
  }
}
