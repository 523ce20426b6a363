import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { pageCacheDir, publicOriginFromEnv } from "./page-cache-handler.mjs";
import { NO_CLIENT_JS_META_CONTENT, NO_CLIENT_JS_META_NAME } from "./strip-client-js.mjs";

let root: string;

function env(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { CYANEA_DATA_DIR: dataDir, PORT: "3000", ...extra };
}

/** Points `exports/latest` at snapshot `id`, as the exporter does (the directory itself is not read). */
function publish(dataDir: string, id: string): void {
  const exports = path.join(dataDir, "exports");
  fs.mkdirSync(path.join(exports, id), { recursive: true });
  fs.rmSync(path.join(exports, "latest"), { force: true });
  fs.symlinkSync(id, path.join(exports, "latest"));
}

function page(html: string, tags = "_N_T_/layout,_N_T_/datasets/x") {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    headers: { "x-next-cache-tags": tags },
    status: 200,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  };
}

/** A request as Next makes it: look up, render on a miss, store. */
async function render(handler: PageCacheHandler, key: string, html: string): Promise<string> {
  const hit = await handler.get(key, { kind: "APP_PAGE" });
  if (hit) return (hit.value as { html: string }).html;
  await handler.set(key, page(html), { cacheControl: { revalidate: false } });
  return html;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-page-cache-"));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("PageCacheHandler", () => {
  it("round-trips a page with its RSC payload, segments and cache control through disk", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    await new PageCacheHandler({ env: env(dataDir) }).set("/datasets/x", page("<p>x</p>"), { cacheControl: { revalidate: false } });
    const { dir } = await pageCacheDir(env(dataDir));
    expect(dir.startsWith(path.join(dataDir, "cache", "pages"))).toBe(true);
    // A fresh store (another process on the same data dir) reads it back from disk.
    const reread = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json"));
    expect(reread).toHaveLength(1);
    const entry = await new PageCacheHandler({ env: env(dataDir) }).get("/datasets/x", { kind: "APP_PAGE" });
    const value = entry!.value as ReturnType<typeof page>;
    expect(value.html).toBe("<p>x</p>");
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe("rsc:<p>x</p>");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(entry!.cacheControl).toEqual({ revalidate: false });
  });

  it("serves an entry until latest switches, then misses once and caches the new render", async () => {
    const dataDir = path.join(root, "a");
    const handler = new PageCacheHandler({ env: env(dataDir) });
    publish(dataDir, "20261204T100000Z-aaaa");
    expect(await render(handler, "/", "first")).toBe("first");
    expect(await render(handler, "/", "second")).toBe("first");
    publish(dataDir, "20261204T101500Z-bbbb");
    expect(await render(handler, "/", "third")).toBe("third");
    expect(await render(handler, "/", "fourth")).toBe("third");
  });

  it("labels a render with the snapshot seen when it missed, so an export mid-render is not hidden", async () => {
    const dataDir = path.join(root, "a");
    const handler = new PageCacheHandler({ env: env(dataDir) });
    publish(dataDir, "20261204T100000Z-aaaa");
    expect(await handler.get("/", { kind: "APP_PAGE" })).toBeNull();
    publish(dataDir, "20261204T101500Z-bbbb"); // the export lands while the page renders
    await handler.set("/", page("rendered from either"), { cacheControl: { revalidate: false } });
    expect(await handler.get("/", { kind: "APP_PAGE" })).toBeNull();
  });

  it("caches the page shown before any snapshot exists until the first export", async () => {
    const dataDir = path.join(root, "a");
    const handler = new PageCacheHandler({ env: env(dataDir) });
    expect(await render(handler, "/", "preparing")).toBe("preparing");
    expect(await render(handler, "/", "again")).toBe("preparing");
    publish(dataDir, "20261204T100000Z-aaaa");
    expect(await render(handler, "/", "catalogue")).toBe("catalogue");
  });

  it("keeps instances with different data dirs or public origins apart", async () => {
    const a = path.join(root, "a");
    const b = path.join(root, "b");
    publish(a, "20261204T100000Z-aaaa");
    publish(b, "20261204T100000Z-aaaa"); // even the same snapshot id
    expect(await render(new PageCacheHandler({ env: env(a) }), "/", "from a")).toBe("from a");
    expect(await render(new PageCacheHandler({ env: env(b) }), "/", "from b")).toBe("from b");
    expect(await render(new PageCacheHandler({ env: env(a, { CYANEA_PUBLIC_URL: "https://cdn.example.org/" }) }), "/", "for the cdn")).toBe("for the cdn");
    expect(await render(new PageCacheHandler({ env: env(a) }), "/", "x")).toBe("from a");
  });

  it("drops entries whose tags were revalidated (revalidatePath), and remembers that across processes", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    const handler = new PageCacheHandler({ env: env(dataDir) });
    expect(await render(handler, "/datasets/x", "v1")).toBe("v1");
    await new Promise((r) => setTimeout(r, 5));
    await handler.revalidateTag(["_N_T_/datasets/x"]);
    expect(await render(handler, "/datasets/x", "v2")).toBe("v2");
    expect(await render(handler, "/datasets/x", "v3")).toBe("v2");
    const { dir } = await pageCacheDir(env(dataDir));
    expect(JSON.parse(fs.readFileSync(path.join(dir, "tags.json"), "utf8"))).toHaveProperty(["_N_T_/datasets/x", "expired"]);
  });

  it("leaves no temp file behind when a write fails, and keeps serving misses", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    const { dir } = await pageCacheDir(env(dataDir));
    const digest = createHash("sha256").update("/broken").digest("hex");
    const target = path.join(dir, digest.slice(0, 2), `${digest}.json`);
    fs.mkdirSync(path.join(target, "in-the-way"), { recursive: true }); // a directory where the entry goes: rename fails
    const handler = new PageCacheHandler({ env: env(dataDir) });
    await expect(handler.set("/broken", page("x"), { cacheControl: { revalidate: false } })).rejects.toThrow();
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(await handler.get("/broken", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps not-found pages in memory only, so unknown slugs cannot fill the disk", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    const handler = new PageCacheHandler({ env: env(dataDir) });
    for (let i = 0; i < 20; i++) await handler.set(`/datasets/unknown-${i}`, { ...page("not found"), status: 404 }, { cacheControl: { revalidate: false } });
    expect(((await handler.get("/datasets/unknown-3", { kind: "APP_PAGE" }))?.value as { status: number }).status).toBe(404);
    const { dir } = await pageCacheDir(env(dataDir));
    expect(fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json")) : []).toEqual([]);
  });

  it("strips client scripts from marked pages in the very object it is given (the first response) and in what it stores", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    const marker = `<meta name="${NO_CLIENT_JS_META_NAME}" content="${NO_CLIENT_JS_META_CONTENT}"/>`;
    const rendered = `<html><head>${marker}<script src="/_next/static/chunks/a.js" async=""></script></head><body><p>x</p><script>self.__next_f.push([1,"x"])</script></body></html>`;
    const plain = `<html><head>${marker}</head><body><p>x</p></body></html>`;
    const value = page(rendered);
    await new PageCacheHandler({ env: env(dataDir) }).set("/datasets/x", value, { cacheControl: { revalidate: false } });
    expect(value.html).toBe(plain);
    expect(value.rscData.toString()).toBe(`rsc:${rendered}`); // client navigation from the app still gets the payload
    const reread = await new PageCacheHandler({ env: env(dataDir) }).get("/datasets/x", { kind: "APP_PAGE" });
    expect((reread!.value as { html: string }).html).toBe(plain);
  });

  it("leaves unmarked pages as rendered, and strips marked entries written unstripped once read from disk", async () => {
    const dataDir = path.join(root, "a");
    publish(dataDir, "20261204T100000Z-aaaa");
    const withJs = `<html><head><script src="/_next/static/chunks/a.js"></script></head><body></body></html>`;
    const handler = new PageCacheHandler({ env: env(dataDir) });
    expect(await render(handler, "/signin", withJs)).toBe(withJs);
    expect(await render(handler, "/signin", "x")).toBe(withJs);
    // An entry stored by a release that did not strip (same snapshot): rewritten on disk by hand.
    const marker = `<meta name="${NO_CLIENT_JS_META_NAME}" content="${NO_CLIENT_JS_META_CONTENT}"/>`;
    await handler.set("/trending", page(`<p>t</p>${marker}`), { cacheControl: { revalidate: false } });
    const { dir } = await pageCacheDir(env(dataDir));
    const digest = createHash("sha256").update("/trending").digest("hex");
    const file = path.join(dir, digest.slice(0, 2), `${digest}.json`);
    const stored = JSON.parse(fs.readFileSync(file, "utf8"));
    stored.value.html = `<p>t</p>${marker}<script src="/_next/static/chunks/a.js"></script>`;
    fs.writeFileSync(file, JSON.stringify(stored));
    // A new process: a freshly loaded module has no memory copy and reads the file.
    vi.resetModules();
    const { default: FreshHandler } = await import("./page-cache-handler.mjs");
    const fresh = await new FreshHandler({ env: env(dataDir) }).get("/trending", { kind: "APP_PAGE" });
    expect((fresh!.value as { html: string }).html).toBe(`<p>t</p>${marker}`);
  });

  it("derives the public origin from CYANEA_PUBLIC_URL, else the port", () => {
    expect(publicOriginFromEnv({ CYANEA_PUBLIC_URL: " https://x.org// " })).toBe("https://x.org");
    expect(publicOriginFromEnv({ PORT: "3101" })).toBe("http://localhost:3101");
    expect(publicOriginFromEnv({})).toBe("http://localhost:3000");
  });
});
