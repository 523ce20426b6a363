import { describe, expect, it } from "vitest";
import { LiteralIndex } from "./literal-index";

describe("LiteralIndex", () => {
  it("reports which literal sets occur, case-insensitively", () => {
    const idx = new LiteralIndex();
    const a = idx.add(["select", "union"]);
    const b = idx.add(["or", "xyz"]);
    const c = idx.add(["passwd"]);
    idx.scan("SELECT color FROM t");
    expect([idx.has(a), idx.has(b), idx.has(c)]).toEqual([true, true, false]);
    idx.scan("x");
    expect([idx.has(a), idx.has(b), idx.has(c)]).toEqual([false, false, false]);
    idx.scan("/etc/passwd");
    expect([idx.has(a), idx.has(b), idx.has(c)]).toEqual([false, false, true]);
  });

  it("finds literals at the very end of the value", () => {
    const idx = new LiteralIndex();
    const a = idx.add(["ab"]);
    const b = idx.add(["abc"]);
    idx.scan("xxab");
    expect(idx.has(a)).toBe(true);
    expect(idx.has(b)).toBe(false);
    idx.scan("xabc");
    expect(idx.has(b)).toBe(true);
  });
});
