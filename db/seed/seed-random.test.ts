import { describe, expect, it } from "vitest";
import { ago, createRng, mulberry32, seedUuid } from "./seed-random";

describe("seed randomness", () => {
  it("derives stable RFC 9562 version-5 UUIDs from names", () => {
    const id = seedUuid("dataset", "sars-cov-2-wuhan-hu-1-reference");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seedUuid("dataset", "sars-cov-2-wuhan-hu-1-reference")).toBe(id);
    expect(seedUuid("protocol", "sars-cov-2-wuhan-hu-1-reference")).not.toBe(id);
  });

  it("repeats the same sequence for the same seed", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    const rng = createRng(1);
    for (let i = 0; i < 100; i++) expect(rng.int(3, 5)).toBeGreaterThanOrEqual(3);
  });

  it("places times relative to now", () => {
    const now = new Date("2025-06-01T00:00:00Z");
    expect(ago(now, { days: 1, hours: 2 }).toISOString()).toBe("2025-05-30T22:00:00.000Z");
  });
});
