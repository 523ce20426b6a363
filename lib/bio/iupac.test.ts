import { describe, expect, it } from "vitest";
import { iupacMatches, isPalindromic, normalizeIupacPattern, reverseComplementIupac } from "./iupac";

describe("IUPAC codes", () => {
  it("matches sequence letters that are inside the pattern's base set", () => {
    expect(iupacMatches("a", "R")).toBe(true);
    expect(iupacMatches("R", "N")).toBe(true);
    expect(iupacMatches("N", "A")).toBe(false);
    expect(iupacMatches("u", "T")).toBe(true);
    expect(iupacMatches("-", "N")).toBe(false);
  });

  it("validates, complements and recognises palindromes", () => {
    expect(normalizeIupacPattern("gaNtc")).toBe("GANTC");
    expect(() => normalizeIupacPattern("GA TC")).toThrow(/" " at position 3/);
    expect(() => normalizeIupacPattern("")).toThrow(/empty/);
    expect(reverseComplementIupac("GGTCTC")).toBe("GAGACC");
    expect(reverseComplementIupac("CYCGRG")).toBe("CYCGRG");
    expect(isPalindromic("GTMKAC")).toBe(true);
    expect(isPalindromic("GGTCTC")).toBe(false);
  });
});
