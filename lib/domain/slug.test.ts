import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isValidSlug, slugCandidates, slugify } from "./slug";

describe("slugify", () => {
  it("derives readable slugs from titles", () => {
    expect(slugify("SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)")).toBe("sars-cov-2-wuhan-hu-1-reference-genome-mn908947");
    expect(slugify("Crème brûlée protocol")).toBe("creme-brulee-protocol");
  });

  it("gives titles without Latin letters a stable, distinct slug", () => {
    expect(slugify("日本語のタイトル")).toBe(slugify("日本語のタイトル"));
    expect(slugify("日本語のタイトル")).not.toBe(slugify("中文标题"));
    expect(isValidSlug(slugify("日本語のタイトル"))).toBe(true);
  });

  it("never returns a reserved route word", () => {
    expect(slugify("New")).not.toBe("new");
    expect(isValidSlug("new")).toBe(false);
  });

  it("always yields a valid slug", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        expect(isValidSlug(slugify(title))).toBe(true);
      }),
    );
  });

  it("suffixes candidates within the length limit", () => {
    const base = "a".repeat(80);
    for (const c of slugCandidates(base, 12)) expect(isValidSlug(c)).toBe(true);
  });
});
