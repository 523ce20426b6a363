import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { LineReader, StreamingLineSplitter, iterateLines, normalizeNewlines, splitLines } from "./lines";

describe("line handling", () => {
  it("splits on LF, CRLF and lone CR and drops a BOM", () => {
    expect(splitLines("\uFEFFa\nb\r\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(splitLines("a\n")).toEqual(["a"]);
    expect(splitLines("a\n\n")).toEqual(["a", ""]);
    expect(splitLines("\r\n")).toEqual([""]);
    expect(splitLines("")).toEqual([]);
    expect(normalizeNewlines("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
  });

  it("numbers lines from 1 and supports peek", () => {
    expect([...iterateLines("x\r\ny")]).toEqual([
      { text: "x", lineNumber: 1 },
      { text: "y", lineNumber: 2 },
    ]);
    const r = new LineReader("a\nb");
    expect(r.peek()).toBe("a");
    expect(r.lineNumber).toBe(0);
    expect(r.next()).toBe("a");
    expect(r.lineNumber).toBe(1);
    expect(r.next()).toBe("b");
    expect(r.next()).toBeNull();
    expect(r.lineNumber).toBe(2);
  });

  it("property: the streaming splitter agrees with splitLines for any chunking", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", "\r\n", "\uFEFF") }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (text, sizes) => {
        const splitter = new StreamingLineSplitter();
        const out: string[] = [];
        let off = 0;
        let k = 0;
        while (off < text.length) {
          const size = sizes[k++ % sizes.length]!;
          splitter.push(text.slice(off, off + size), (l) => out.push(l));
          off += size;
        }
        splitter.end((l) => out.push(l));
        expect(out).toEqual(splitLines(text));
      }),
      { numRuns: 300 },
    );
  });
});
