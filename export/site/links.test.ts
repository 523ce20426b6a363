import { describe, expect, it } from "vitest";
import { decodeEntities, extractHtmlLinks, extractSitemapLocs, sameOriginPath } from "./links";

describe("extractHtmlLinks", () => {
  it("finds href, src, srcset and URL-valued content attributes, entity-decoded", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/a.css"/>',
      '<link rel="canonical" href="https://cdn.example/datasets/x"/>',
      '<meta property="og:url" content="https://cdn.example/"/><meta name="description" content="Not a URL"/>',
      "<a href='/explore/tag/a&amp;b'>t</a>",
      '<img src="/icon.png" srcset="/icon-1x.png 1x, /icon-2x.png 2x"/>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
    ].join("");
    expect(extractHtmlLinks(html)).toEqual([
      "/_next/static/css/a.css",
      "https://cdn.example/datasets/x",
      "https://cdn.example/",
      "/explore/tag/a&b",
      "/icon.png",
      "/icon-1x.png",
      "/icon-2x.png",
      "/_next/static/chunks/main.js",
    ]);
  });

  it("does not scan inline script bodies", () => {
    const html = '<script>self.__next_f.push([1,"<a href=\\"/app/secret\\">"])</script><a href="/trending">T</a>';
    expect(extractHtmlLinks(html)).toEqual(["/trending"]);
  });
});

describe("extractSitemapLocs", () => {
  it("returns every loc, decoded", () => {
    const xml = '<?xml version="1.0"?><urlset><url><loc>https://h/</loc></url><url><loc>https://h/explore/tag/a%20b?x=1&amp;y=2</loc></url></urlset>';
    expect(extractSitemapLocs(xml)).toEqual(["https://h/", "https://h/explore/tag/a%20b?x=1&y=2"]);
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric references and leaves unknown ones", () => {
    expect(decodeEntities("&lt;a&gt; &#39;&#x27;&quot; &copy;")).toBe("<a> ''\" &copy;");
  });
});

describe("sameOriginPath", () => {
  const origins = ["http://127.0.0.1:3000", "https://cdn.example"];
  it("resolves relative and absolute links on the listed origins, without query or fragment", () => {
    expect(sameOriginPath("/explore?x=1#top", "http://127.0.0.1:3000/", origins)).toBe("/explore");
    expect(sameOriginPath("https://cdn.example/datasets/a%20b", "http://127.0.0.1:3000/", origins)).toBe("/datasets/a%20b");
    expect(sameOriginPath("../labs/x", "http://127.0.0.1:3000/datasets/y", origins)).toBe("/labs/x");
  });
  it("ignores other origins and schemes", () => {
    for (const ref of ["https://other.example/x", "mailto:a@b.c", "javascript:void(0)", "data:image/png;base64,AA", "#main", "http://[bad"]) {
      const p = sameOriginPath(ref, "http://127.0.0.1:3000/", origins);
      expect(p === null || p === "/", ref).toBe(true);
    }
    expect(sameOriginPath("https://other.example/x", "http://127.0.0.1:3000/", origins)).toBeNull();
  });
});
