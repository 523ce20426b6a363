import { describe, expect, it } from "vitest";
import { fileForPath } from "./paths";

describe("fileForPath", () => {
  it("maps pages to index.html in a folder per path", () => {
    expect(fileForPath("/", true)).toBe("index.html");
    expect(fileForPath("/explore", true)).toBe("explore/index.html");
    expect(fileForPath("/datasets/sars-cov-2", true)).toBe("datasets/sars-cov-2/index.html");
  });

  it("maps other documents to the path itself", () => {
    expect(fileForPath("/feed.xml", false)).toBe("feed.xml");
    expect(fileForPath("/_next/static/chunks/a.js", false)).toBe("_next/static/chunks/a.js");
    expect(fileForPath("/", false)).toBeNull();
  });

  it("percent-decodes like static servers do (an encoded slash becomes a folder)", () => {
    expect(fileForPath("/explore/organism/Homo%20sapiens", true)).toBe("explore/organism/Homo sapiens/index.html");
    expect(fileForPath("/explore/tag/a%2Fb", true)).toBe("explore/tag/a/b/index.html");
    expect(fileForPath("/explore/tag/%C3%A9t%C3%A9", true)).toBe("explore/tag/été/index.html");
  });

  it("rejects paths that are no file name", () => {
    for (const p of ["/explore/tag/..", "/explore/tag/%2E%2E", "/explore/tag/a%2F..%2Fb", "/explore/tag/.", "/explore//x", "/explore/tag/a%2F", "/explore/tag/%00", "/x/%E0%A4%A", "/a%5Cb"]) {
      expect(fileForPath(p, true), p).toBeNull();
    }
  });
});
