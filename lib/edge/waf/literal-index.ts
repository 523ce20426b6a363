/**
 * Multi-literal scan: which of many registered literal sets occur in a string (case-insensitively), in one
 * pass over the string. Literals are bucketed by their first three characters (two for 2-character literals)
 * folded to 7 bits each: a rolling key and a presence table make each position of the value cost two array
 * reads; only literals whose prefix occurs there are compared.
 */

const K2 = 14;
const K3 = 21;

interface Entry {
  lit: string;
  set: number;
}

const key2 = (a: number, b: number): number => ((a & 127) << 7) | (b & 127);
const key3 = (a: number, b: number, c: number): number => ((a & 127) << 14) | ((b & 127) << 7) | (c & 127);

export class LiteralIndex {
  private readonly present2 = new Uint8Array(1 << K2);
  private readonly present3 = new Uint8Array(1 << K3);
  private readonly buckets2 = new Map<number, Entry[]>();
  private readonly buckets3 = new Map<number, Entry[]>();
  private stamps = new Int32Array(0);
  private epoch = 0;
  private sets = 0;

  /** Register a set of lower-case literals (each at least 2 characters); returns its index for `has`. */
  add(literals: readonly string[]): number {
    const set = this.sets++;
    this.stamps = new Int32Array(this.sets);
    for (const lit of literals) {
      const short = lit.length < 3;
      const k = short ? key2(lit.charCodeAt(0), lit.charCodeAt(1)) : key3(lit.charCodeAt(0), lit.charCodeAt(1), lit.charCodeAt(2));
      (short ? this.present2 : this.present3)[k] = 1;
      const buckets = short ? this.buckets2 : this.buckets3;
      const list = buckets.get(k);
      if (list) list.push({ lit, set });
      else buckets.set(k, [{ lit, set }]);
    }
    return set;
  }

  /** Scan `value` (compared lower-cased); until the next scan, `has(set)` tells whether one of the set's literals occurs. */
  scan(value: string): void {
    this.epoch = (this.epoch + 1) | 0;
    const v = /[A-Z]/.test(value) ? value.toLowerCase() : value;
    const n = v.length;
    if (n < 2) return;
    let k = v.charCodeAt(0) & 127;
    for (let i = 1; i < n; i++) {
      k = ((k << 7) | (v.charCodeAt(i) & 127)) & ((1 << K3) - 1);
      // k now covers the window ending at i: its low 14 bits are the 2-character key of v[i-1..i].
      if (this.present2[k & ((1 << K2) - 1)] === 1) this.check(this.buckets2.get(k & ((1 << K2) - 1)), v, i - 1);
      if (i >= 2 && this.present3[k] === 1) this.check(this.buckets3.get(k), v, i - 2);
    }
  }

  private check(list: Entry[] | undefined, v: string, at: number): void {
    if (!list) return;
    for (const e of list) if (this.stamps[e.set] !== this.epoch && v.startsWith(e.lit, at)) this.stamps[e.set] = this.epoch;
  }

  /** Whether the last scanned value contains one of the literals of `set`. */
  has(set: number): boolean {
    return this.stamps[set] === this.epoch;
  }
}
