import { describe, expect, it } from "vitest";
import { CrawlQueue } from "./crawl-queue";

describe("CrawlQueue", () => {
  it("yields each path once, first in first out", () => {
    const q = new CrawlQueue(10);
    expect(q.add("/")).toBe(true);
    expect(q.add("/explore")).toBe(true);
    expect(q.add("/")).toBe(false);
    expect([q.next(), q.next(), q.next()]).toEqual(["/", "/explore", undefined]);
    expect(q.add("/explore")).toBe(false);
  });

  it("accepts at most maxPages and counts the rest with a sample", () => {
    const q = new CrawlQueue(3, 2);
    for (const p of ["/a", "/b", "/c", "/d", "/e", "/f", "/d"]) q.add(p);
    expect(q.skipped()).toEqual({ count: 3, sample: ["/d", "/e"] });
    expect(q.waiting).toBe(3);
    const got: string[] = [];
    for (let p = q.next(); p !== undefined; p = q.next()) got.push(p);
    expect(got).toEqual(["/a", "/b", "/c"]);
    expect(q.waiting).toBe(0);
  });

  it("stays correct over many pages (compaction)", () => {
    const q = new CrawlQueue(20_000);
    let next = 0;
    let taken = 0;
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < 100; i++) q.add(`/p${next++}`);
      for (let i = 0; i < 60; i++) expect(q.next()).toBe(`/p${taken++}`);
    }
    expect(q.waiting).toBe(next - taken);
    while (q.next() !== undefined) taken++;
    expect(taken).toBe(20_000);
  });

  it("rejects a limit that is not a positive integer", () => {
    expect(() => new CrawlQueue(0)).toThrow();
    expect(() => new CrawlQueue(1.5)).toThrow();
  });
});
