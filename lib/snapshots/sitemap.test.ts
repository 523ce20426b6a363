import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { SITEMAP_URL_LIMIT, buildSitemapSet, parseSitemapPartFile, sitemapPartPath } = await import("./sitemap");

const ORIGIN = "https://catalogue.example.org";

function entries(n: number) {
  return Array.from({ length: n }, (_, i) => ({ path: `/datasets/d-${i}`, lastmod: `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.000Z` }));
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

describe("buildSitemapSet", () => {
  it("is one urlset up to the limit", () => {
    const set = buildSitemapSet(entries(3), ORIGIN);
    expect(set.parts).toEqual([]);
    expect(set.root).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(set.root)).toEqual([`${ORIGIN}/datasets/d-0`, `${ORIGIN}/datasets/d-1`, `${ORIGIN}/datasets/d-2`]);
  });

  it("becomes an index of child sitemaps past the limit, each within it, every URL once and in order", () => {
    const set = buildSitemapSet(entries(7), ORIGIN, 3);
    expect(set.root).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(set.root).not.toContain("<urlset");
    expect(locs(set.root)).toEqual([1, 2, 3].map((n) => ORIGIN + sitemapPartPath(n)));
    expect(set.parts.map((p) => locs(p).length)).toEqual([3, 3, 1]);
    expect(set.parts.flatMap(locs)).toEqual(entries(7).map((e) => ORIGIN + e.path));
    // Each child's lastmod in the index is the newest of its entries.
    expect([...set.root.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)].map((m) => m[1])).toEqual([
      "2026-01-01T00:00:02.000Z",
      "2026-01-01T00:00:05.000Z",
      "2026-01-01T00:00:06.000Z",
    ]);
  });

  it("splits a catalogue of more than 50,000 URLs at the sitemaps.org limit", () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000);
    const exact = buildSitemapSet(entries(SITEMAP_URL_LIMIT), ORIGIN);
    expect(exact.parts).toEqual([]);
    expect(locs(exact.root)).toHaveLength(SITEMAP_URL_LIMIT);

    const over = buildSitemapSet(entries(SITEMAP_URL_LIMIT * 2 + 1), ORIGIN);
    expect(locs(over.root)).toEqual([1, 2, 3].map((n) => ORIGIN + sitemapPartPath(n)));
    expect(over.parts.map((p) => locs(p).length)).toEqual([50_000, 50_000, 1]);
    // sitemaps.org: a sitemap file is at most 50 MB uncompressed.
    for (const p of over.parts) expect(Buffer.byteLength(p)).toBeLessThan(50 * 1024 * 1024);
  });

  it("escapes paths and origins", () => {
    const set = buildSitemapSet([{ path: "/explore/tag/a&b", lastmod: "2026-01-01T00:00:00.000Z" }], "https://h");
    expect(set.root).toContain("<loc>https://h/explore/tag/a&amp;b</loc>");
  });
});

describe("parseSitemapPartFile", () => {
  it("accepts n.xml for positive n only", () => {
    expect(parseSitemapPartFile("1.xml")).toBe(1);
    expect(parseSitemapPartFile("12.xml")).toBe(12);
    for (const bad of ["0.xml", "01.xml", "-1.xml", "1.xml.gz", "1", "a.xml", "1.XML", "9999999.xml"]) expect(parseSitemapPartFile(bad), bad).toBeNull();
  });
});
