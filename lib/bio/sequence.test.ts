import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { countBases, gcPercent, n50, nCount, reverseComplement } from "./sequence";

const derived = JSON.parse(readFileSync(new URL("./fixtures/oracles/derived.json", import.meta.url), "utf8")) as Array<{
  kind: string;
  input?: string;
  output?: string;
}>;

describe("sequence helpers", () => {
  it("reverse-complements the oracle slices", () => {
    const cases = derived.filter((d) => d.kind === "reverse_complement");
    expect(cases).toHaveLength(3);
    for (const c of cases) expect(reverseComplement(c.input!)).toBe(c.output);
  });

  it("complements IUPAC codes and preserves case and gaps", () => {
    expect(reverseComplement("ACGTRYSWKMBDHVN")).toBe("NBDHVKMWSRYACGT");
    expect(reverseComplement("acgTn-*")).toBe("*-nAcgt");
    expect(reverseComplement("AUGC")).toBe("GCAU"); // RNA stays RNA
    expect(reverseComplement("")).toBe("");
  });

  it("computes GC over A/C/G/T only, or over the full length", () => {
    expect(gcPercent("GGCCAATTNN")).toBe(50);
    expect(gcPercent("GGCCAATTNN", "all")).toBe(40);
    expect(gcPercent("NNNN")).toBeNull();
    expect(gcPercent("ggcc")).toBe(100);
    expect(nCount("ANnA")).toBe(2);
    expect(countBases("aCgUx")).toMatchObject({ a: 1, c: 1, g: 1, u: 1, other: 1, lowercase: 3 });
  });

  it("computes N50", () => {
    expect(n50([2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(8);
    expect(n50([])).toBe(0);
    expect(n50([100])).toBe(100);
  });

  it("property: reverse complement is an involution and preserves length and GC", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ACGTRYSWKMBDHVNacgtn-") }), (s) => {
        const rc = reverseComplement(s);
        expect(rc.length).toBe(s.length);
        expect(reverseComplement(rc)).toBe(s);
        expect(gcPercent(rc)).toBe(gcPercent(s));
      }),
      { numRuns: 300 },
    );
  });
});
