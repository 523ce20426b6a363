import { describe, expect, it } from "vitest";
import { workerCount } from "./worker-count.mjs";

const pg = { databaseUrl: "postgres://localhost/cyanea", cores: 4 };

describe("workerCount", () => {
  it("defaults to one process and accepts whole numbers or auto (one per core)", () => {
    expect(workerCount(undefined, { databaseUrl: undefined, cores: 8 })).toBe(1);
    expect(workerCount("", pg)).toBe(1);
    expect(workerCount("3", pg)).toBe(3);
    expect(workerCount(" AUTO ", pg)).toBe(4);
  });

  it("refuses values outside 1..64 and words, naming the value", () => {
    for (const bad of ["0", "65", "-2", "1.5", "two"]) expect(() => workerCount(bad, pg)).toThrow(`got "${bad}"`);
  });

  it("refuses several processes on the embedded database", () => {
    expect(workerCount("1", { databaseUrl: undefined, cores: 4 })).toBe(1);
    expect(() => workerCount("2", { databaseUrl: undefined, cores: 4 })).toThrow(/needs DATABASE_URL/);
    expect(() => workerCount("auto", { databaseUrl: undefined, cores: 4 })).toThrow(/needs DATABASE_URL/);
  });
});
