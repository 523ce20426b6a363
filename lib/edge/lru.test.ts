import { describe, expect, it } from "vitest";
import { LruMap } from "./lru";

describe("LruMap", () => {
  it("evicts the least recently used entry at the size bound", () => {
    const lru = new LruMap<string, number>(3);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("c", 3);
    expect(lru.get("a")).toBe(1); // a becomes most recent; b is now oldest
    lru.set("d", 4);
    expect(lru.has("b")).toBe(false);
    expect([...["a", "c", "d"].map((k) => lru.peek(k))]).toEqual([1, 3, 4]);
    expect(lru.size).toBe(3);
    expect(lru.evictions).toBe(1);
  });

  it("updates in place without evicting", () => {
    const lru = new LruMap<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("a", 10);
    expect(lru.size).toBe(2);
    expect(lru.evictions).toBe(0);
    lru.set("c", 3); // b is the oldest after a's update
    expect(lru.has("b")).toBe(false);
    expect(lru.get("a")).toBe(10);
  });

  it("never grows past maxSize", () => {
    const lru = new LruMap<number, number>(100);
    for (let i = 0; i < 10_000; i++) lru.set(i, i);
    expect(lru.size).toBe(100);
    expect(lru.peek(9_999)).toBe(9_999);
    expect(lru.peek(0)).toBeUndefined();
  });

  it("rejects a non-positive size", () => {
    expect(() => new LruMap(0)).toThrow(RangeError);
  });
});

describe("LruMap: delete and churn", () => {
  it("keeps order and bounds after deletes (slot compaction)", () => {
    const lru = new LruMap<string, number>(4);
    for (const [k, v] of [["a", 1], ["b", 2], ["c", 3], ["d", 4]] as const) lru.set(k, v);
    expect(lru.delete("b")).toBe(true);
    expect(lru.delete("b")).toBe(false);
    expect(lru.size).toBe(3);
    lru.get("a"); // order (old → new): c, d, a
    lru.set("e", 5); // fills the free slot, no eviction
    expect(lru.evictions).toBe(0);
    lru.set("f", 6); // evicts c
    expect(lru.has("c")).toBe(false);
    lru.set("g", 7); // evicts d
    expect(lru.has("d")).toBe(false);
    expect(["a", "e", "f", "g"].map((k) => lru.peek(k))).toEqual([1, 5, 6, 7]);
    lru.delete("g"); // delete the head, then the tail
    lru.delete("a");
    lru.set("h", 8);
    lru.set("i", 9);
    lru.set("j", 10); // evicts e (oldest)
    expect(lru.has("e")).toBe(false);
    expect(lru.size).toBe(4);
    lru.clear();
    expect(lru.size).toBe(0);
    lru.set("z", 1);
    expect(lru.get("z")).toBe(1);
  });

  it("matches a reference model under random operations", () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const lru = new LruMap<number, number>(8);
    const model: number[] = []; // keys, oldest first
    const values = new Map<number, number>();
    for (let step = 0; step < 5_000; step++) {
      const key = Math.floor(rand() * 20);
      const op = rand();
      if (op < 0.5) {
        const v = step;
        lru.set(key, v);
        const i = model.indexOf(key);
        if (i >= 0) model.splice(i, 1);
        else if (model.length === 8) values.delete(model.shift()!);
        model.push(key);
        values.set(key, v);
      } else if (op < 0.8) {
        const got = lru.get(key);
        const i = model.indexOf(key);
        expect(got).toBe(i >= 0 ? values.get(key) : undefined);
        if (i >= 0) model.push(...model.splice(i, 1));
      } else {
        const i = model.indexOf(key);
        expect(lru.delete(key)).toBe(i >= 0);
        if (i >= 0) {
          model.splice(i, 1);
          values.delete(key);
        }
      }
      expect(lru.size).toBe(model.length);
    }
  });

  it("evicts in O(1): a million distinct keys through a small table stay fast", () => {
    const lru = new LruMap<string, number>(10_000);
    const t0 = performance.now();
    for (let i = 0; i < 1_000_000; i++) lru.set(`k${i}`, i);
    expect(lru.size).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
