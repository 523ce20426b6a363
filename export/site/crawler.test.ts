import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawlSite } from "./crawler";

const PUBLIC = "https://cdn.example";

/** A tiny stand-in for the app: a few public pages, an asset, app links and (optionally) a broken link. */
function fakeApp(broken: boolean): http.Server {
  const html = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_next/static/a.css"/><link rel="canonical" href="${PUBLIC}/"/></head><body>${body}</body></html>`;
  const pages: Record<string, string> = {
    "/": html('<a href="/explore">Explore</a><a href="/signin">Sign in</a><a href="https://elsewhere.example/x">x</a>'),
    "/explore": html(`<a href="/explore/organism/Homo%20sapiens">Homo</a><a href="/app/datasets">App</a>${broken ? '<a href="/explore/tag/gone">gone</a>' : ""}`),
    "/trending": html('<a href="/datasets/a">A</a><img src="/icon.png"/>'),
    "/explore/organism/Homo sapiens": html("<p>Homo</p>"),
    "/datasets/a": html("<p>A</p>"),
    "/datasets/b": html("<p>B</p>"),
    "/datasets/c": html("<p>C, linked from nowhere</p>"),
  };
  return http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (p === "/sitemap.xml") {
      res.writeHead(200, { "content-type": "application/xml" });
      return res.end(`<urlset><url><loc>${PUBLIC}/</loc></url><url><loc>${PUBLIC}/datasets/b</loc></url></urlset>`);
    }
    if (p === "/robots.txt" || p === "/feed.xml" || p === "/icon.png" || p === "/_next/static/a.css") {
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end(`file ${p}`);
    }
    const page = pages[p];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "not found");
  });
}

describe("crawlSite", () => {
  const servers: http.Server[] = [];
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-crawl-"));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function serve(broken: boolean): Promise<string> {
    const server = fakeApp(broken);
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("writes every reachable public page and referenced file, and lists the app links", async () => {
    const outDir = path.join(tmp, "ok");
    fs.mkdirSync(path.join(outDir, "_next", "static"), { recursive: true });
    fs.writeFileSync(path.join(outDir, "_next", "static", "a.css"), "copied");
    const result = await crawlSite({ origin: await serve(false), outDir, maxPages: 100, extraPaths: ["/datasets/c"] });
    expect(result.publicOrigin).toBe(PUBLIC);
    expect(result.pages).toBe(10);
    expect(result.assetsFetched).toBe(1);
    expect(result.appLinks.count).toBe(2);
    expect(result.appLinks.sample.sort()).toEqual(["/app/datasets", "/signin"]);
    expect(result.overLimit.count).toBe(0);
    for (const f of ["index.html", "explore/index.html", "explore/organism/Homo sapiens/index.html", "datasets/a/index.html", "datasets/b/index.html", "datasets/c/index.html", "trending/index.html", "sitemap.xml", "robots.txt", "feed.xml", "icon.png"]) {
      expect(fs.existsSync(path.join(outDir, f)), f).toBe(true);
    }
    expect(fs.readFileSync(path.join(outDir, "_next", "static", "a.css"), "utf8")).toBe("copied");
    // With no app address, the written pages hold no link into the app.
    expect(fs.readFileSync(path.join(outDir, "index.html"), "utf8")).toContain('<body><a href="/explore">Explore</a><a href="https://elsewhere.example/x">x</a></body>');
    expect(fs.readFileSync(path.join(outDir, "explore", "index.html"), "utf8")).not.toContain("/app/");
  });

  it("points the written pages' app links at the app's address when one is given", async () => {
    const outDir = path.join(tmp, "app-url");
    fs.mkdirSync(outDir);
    const result = await crawlSite({ origin: await serve(false), outDir, maxPages: 100, appUrl: "https://app.example.org" });
    expect(result.appLinks.sample.sort()).toEqual(["/app/datasets", "/signin"]);
    expect(fs.readFileSync(path.join(outDir, "index.html"), "utf8")).toContain('<a href="https://app.example.org/signin">Sign in</a>');
    expect(fs.readFileSync(path.join(outDir, "explore", "index.html"), "utf8")).toContain('<a href="https://app.example.org/app/datasets">App</a>');
  });

  it("stops at maxPages and reports the rest", async () => {
    const outDir = path.join(tmp, "bounded");
    fs.mkdirSync(outDir);
    const result = await crawlSite({ origin: await serve(false), outDir, maxPages: 3 });
    expect(result.pages).toBe(3);
    expect(result.overLimit.count).toBeGreaterThan(0);
  });

  it("fails naming a broken link and the page that links to it", async () => {
    const outDir = path.join(tmp, "broken");
    fs.mkdirSync(outDir);
    await expect(crawlSite({ origin: await serve(true), outDir, maxPages: 100 })).rejects.toThrow("1 URL(s) did not answer 200: /explore/tag/gone (404, linked from /explore)");
  });
});
