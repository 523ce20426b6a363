import { describe, expect, it } from "vitest";
import { classifyPath } from "./routes";

describe("classifyPath", () => {
  it("recognises public pages and documents", () => {
    for (const p of ["/", "/explore", "/trending", "/explore/tag/a%2Fb", "/explore/organism/Homo%20sapiens", "/datasets/x", "/protocols/x", "/labs/x", "/spaces/x", "/sitemap.xml", "/sitemaps/1.xml", "/sitemaps/12.xml", "/robots.txt", "/feed.xml"]) {
      expect(classifyPath(p), p).toBe("page");
    }
  });
  it("recognises static assets", () => {
    for (const p of ["/_next/static/chunks/a.js", "/favicon.ico", "/wasm/kernels.wasm"]) expect(classifyPath(p), p).toBe("asset");
  });
  it("leaves the app's own paths out", () => {
    for (const p of ["/signin", "/signup", "/app", "/app/datasets", "/admin", "/api/datasets", "/api/x.json", "/_next/image", "/explore/colour/x", "/datasets/x/edit", "/datasets"]) {
      expect(classifyPath(p), p).toBe("app");
    }
  });
});
