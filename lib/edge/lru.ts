/**
 * A bounded least-recently-used map: memory is bounded by `maxSize` entries whatever the number
 * of distinct keys seen. Recency lives in a doubly-linked list over preallocated slot arrays, and
 * a `Map` finds a key's slot. Every operation is O(1). (Re-inserting into a `Map` to track recency
 * and evicting via `map.keys().next()` is not: the iterator walks over the holes that deletions
 * leave at the front of V8's table, which made eviction-heavy traffic quadratic.)
 */
export class LruMap<K, V> {
  private readonly index = new Map<K, number>();
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  /** Most recently used slot, least recently used slot (-1 when empty). */
  private head = -1;
  private tail = -1;
  private used = 0;
  /** Entries evicted since creation (for metrics and tests). */
  evictions = 0;

  constructor(readonly maxSize: number) {
    if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError("LruMap maxSize must be a positive integer");
    this.keys = [];
    this.values = [];
    this.prev = new Int32Array(maxSize);
    this.next = new Int32Array(maxSize);
  }

  get size(): number {
    return this.index.size;
  }

  /** Returns the value and marks the key as most recently used. */
  get(key: K): V | undefined {
    const slot = this.index.get(key);
    if (slot === undefined) return undefined;
    this.moveToHead(slot);
    return this.values[slot];
  }

  /** Reads without touching recency. */
  peek(key: K): V | undefined {
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.values[slot];
  }

  has(key: K): boolean {
    return this.index.has(key);
  }

  /** Inserts or updates as most recently used, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    const existing = this.index.get(key);
    if (existing !== undefined) {
      this.values[existing] = value;
      this.moveToHead(existing);
      return;
    }
    let slot: number;
    if (this.used < this.maxSize) slot = this.used++;
    else {
      slot = this.tail;
      this.unlink(slot);
      this.index.delete(this.keys[slot] as K);
      this.evictions++;
    }
    this.keys[slot] = key;
    this.values[slot] = value;
    this.index.set(key, slot);
    this.linkHead(slot);
  }

  /** Removes a key; its slot is reused by the next insertion once the map is full again. */
  delete(key: K): boolean {
    const slot = this.index.get(key);
    if (slot === undefined) return false;
    this.index.delete(key);
    this.unlink(slot);
    // Move the last used slot into the hole so slots stay dense (0..used-1).
    const last = this.used - 1;
    if (slot !== last) {
      const lastKey = this.keys[last] as K;
      const wasHead = this.head === last;
      const wasTail = this.tail === last;
      const p = this.prev[last]!;
      const n = this.next[last]!;
      this.keys[slot] = lastKey;
      this.values[slot] = this.values[last];
      this.prev[slot] = p;
      this.next[slot] = n;
      if (p >= 0) this.next[p] = slot;
      if (n >= 0) this.prev[n] = slot;
      if (wasHead) this.head = slot;
      if (wasTail) this.tail = slot;
      this.index.set(lastKey, slot);
    }
    this.keys[last] = undefined;
    this.values[last] = undefined;
    this.used--;
    return true;
  }

  clear(): void {
    this.index.clear();
    this.keys.length = 0;
    this.values.length = 0;
    this.head = this.tail = -1;
    this.used = 0;
  }

  private unlink(slot: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
  }

  private linkHead(slot: number): void {
    this.prev[slot] = -1;
    this.next[slot] = this.head;
    if (this.head >= 0) this.prev[this.head] = slot;
    this.head = slot;
    if (this.tail < 0) this.tail = slot;
  }

  private moveToHead(slot: number): void {
    if (this.head === slot) return;
    this.unlink(slot);
    this.linkHead(slot);
  }
}
