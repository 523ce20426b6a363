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

  it("marks every set sharing a literal, and a literal found once stays found for that scan", () => {
    const idx = new LiteralIndex();
    const a = idx.add(["curl", "wget"]);
    const b = idx.add(["curl"]);
    const c = idx.add(["wgetrc"]);
    idx.scan("curl x; curl y; wget z");
    expect([idx.has(a), idx.has(b), idx.has(c)]).toEqual([true, true, false]);
    idx.scan("wgetrc");
    expect([idx.has(a), idx.has(b), idx.has(c)]).toEqual([true, false, true]);
  });

  it("does not let a non-ASCII character stand for the ASCII one it folds onto", () => {
    const idx = new LiteralIndex();
    const a = idx.add(["cat"]);
    // In the 7-bit bucket key U+00E3 (ã) and U+0163 (ţ) fold onto 'c', U+00E1 (á) onto 'a', U+00F4 (ô) onto 't'.
    idx.scan("\u00e3\u00e1\u00f4 and \u0163at");
    expect(idx.has(a)).toBe(false);
    idx.scan("concatenate");
    expect(idx.has(a)).toBe(true);
  });
});
