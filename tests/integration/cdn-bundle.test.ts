import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DATASETS } from "@/db/seed/demo-datasets";
import { SEED_LABS, SEED_USERS } from "@/db/seed/demo-people";
import { SEED_PROTOCOLS } from "@/db/seed/demo-protocols";
import { SEED_SPACES } from "@/db/seed/demo-spaces";
import type { SnapshotManifest } from "@/export/snapshot-schema";
import { extractHtmlLinks, extractSitemapLocs, sameOriginPath } from "@/export/site/links";
import { startApp, type AppServer } from "../harness/app-server";
import { freePort } from "../harness/free-port";
import { startPostgres, type PostgresServer } from "../harness/postgres-server";

const root = path.resolve(import.meta.dirname, "..", "..");
const PUBLIC_URL = "https://cdn.cyanea.example";
/** CYANEA_APP_URL of the second bundle: where its links into the app point. */
const APP_URL = "https://app.cyanea.example";
/** Links a static host cannot serve: the sign-in pages, the signed-in area and file downloads (the API). */
const APP_LINK = /^\/(?:app(?:\/|$)|signin$|signup$|api\/datasets\/[^/]+\/files\/[0-9a-f-]{36}$)/;

interface Fetched {
  status: number;
  type: string;
  text: string;
}

async function get(url: string): Promise<Fetched> {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

/** Titles and names of everything the demo seed keeps out of the public catalogue. */
function privateNames(): string[] {
  const hidden = [
    ...SEED_DATASETS.filter((d) => d.visibility === "private" || d.publishedDaysAgo === null).map((d) => d.title),
    ...SEED_PROTOCOLS.filter((p) => p.visibility === "private" || p.publishedDaysAgo === null).map((p) => p.title),
    ...SEED_SPACES.filter((s) => s.visibility === "private").map((s) => s.title),
    ...SEED_LABS.filter((l) => l.visibility === "private").map((l) => l.name),
  ];
  const shown = new Set([
    ...SEED_DATASETS.filter((d) => d.visibility === "public" && d.publishedDaysAgo !== null).map((d) => d.title),
    ...SEED_PROTOCOLS.filter((p) => p.visibility === "public" && p.publishedDaysAgo !== null).map((p) => p.title),
    ...SEED_SPACES.filter((s) => s.visibility === "public").map((s) => s.title),
    ...SEED_LABS.filter((l) => l.visibility === "public").map((l) => l.name),
  ]);
  return hidden.filter((t) => !shown.has(t));
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Parses XML with python's expat (well-formedness) and counts elements named `tag` in `ns`. */
function countXmlElements(xml: string, ns: string, tag: string): number {
  const script = "import sys, xml.etree.ElementTree as ET\nroot = ET.fromstring(sys.stdin.buffer.read())\nprint(len(root.findall('{%s}%s' % (sys.argv[1], sys.argv[2]))))";
  const res = spawnSync("python3", ["-c", script, ns, tag], { input: xml, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`not well-formed XML: ${res.stderr.trim().split("\n").pop()}`);
  return Number(res.stdout.trim());
}

/**
 * `cyanea export --site` against the real built app and PostgreSQL, then the bundle served by a
 * plain `python3 -m http.server` with the app and the database both stopped: every public page,
 * every link and the snapshot JSON work, and nothing private is in any file.
 */
describe("CDN bundle", () => {
  let pg: PostgresServer | undefined;
  let app: AppServer | undefined;
  let server: ChildProcess | undefined;
  let work: string;
  let dataDir: string | undefined;
  let site: string;
  let base: string;
  /** The same snapshot bundled with CYANEA_APP_URL set. */
  let siteWithApp: string;
  type Summary = { site: { pages: number; snapshotId: string; publicOrigin: string; appUrl: string | null; skipped: { overLimit: { count: number }; appLinks: { count: number; sample: string[] }; unmappable: { count: number } } } };
  let summary: Summary;
  let summaryWithApp: Summary;
  const pages = new Map<string, Fetched>();

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-cdn-"));
    site = path.join(work, "site");
    siteWithApp = path.join(work, "site-app");
    pg = await startPostgres();
    // The app seeds the demo world into PostgreSQL; the export command then starts its own app instance.
    app = await startApp({ databaseUrl: pg.url, seed: "demo", env: { CYANEA_LOG_LEVEL: "error", CYANEA_EXPORT_SCHEDULER: "off" } });
    dataDir = app.dataDir;
    await app.stop();
    app = undefined;

    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: pg.url, CYANEA_DATA_DIR: dataDir, CYANEA_PUBLIC_URL: PUBLIC_URL, CYANEA_SKIP_BUILD: "1", CYANEA_LOG_LEVEL: "error" };
    delete env.CYANEA_APP_URL;
    const exportSite = (args: string[], extraEnv: Record<string, string> = {}): Summary => {
      const t0 = Date.now();
      const run = spawnSync(process.execPath, [path.join(root, "bin", "cyanea.mjs"), "export", ...args], { cwd: root, env: { ...env, ...extraEnv }, encoding: "utf8", timeout: 180_000 });
      if (run.status !== 0) throw new Error(`cyanea export exited ${run.status}: ${run.stderr.trim()}`);
      const result = JSON.parse(run.stdout) as Summary;
      console.info(`bundle: ${result.site.pages} pages in ${Date.now() - t0} ms`);
      return result;
    };
    // No app address: links into the app are left out. Then the same snapshot with one.
    summary = exportSite(["--site", site]);
    summaryWithApp = exportSite(["--site", siteWithApp, "--site-only"], { CYANEA_APP_URL: APP_URL });

    await pg.stop();
    const port = await freePort();
    server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site], { stdio: "ignore", detached: true });
    base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    while (!(await get(`${base}/robots.txt`).then((r) => r.status === 200, () => false))) {
      if (Date.now() > deadline) throw new Error("python3 -m http.server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 600_000);

  afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await app?.stop().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    for (const dir of [work, dataDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const snapshotJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(site, "snapshot", name), "utf8")) as T;
  const local = (url: string) => (url.startsWith(PUBLIC_URL) ? base + url.slice(PUBLIC_URL.length) : url);

  it("reports a complete crawl with the public URL", () => {
    for (const { site: s } of [summary, summaryWithApp]) {
      expect(s.publicOrigin).toBe(PUBLIC_URL);
      expect(s.skipped.overLimit.count).toBe(0);
      expect(s.skipped.unmappable.count).toBe(0);
      for (const link of s.skipped.appLinks.sample) expect(link).toMatch(APP_LINK);
      expect(s.skipped.appLinks.sample).toEqual(expect.arrayContaining(["/signin", "/signup"]));
    }
    expect(summary.site.appUrl).toBeNull();
    expect(summaryWithApp.site.appUrl).toBe(APP_URL);
    expect(summaryWithApp.site.snapshotId).toBe(summary.site.snapshotId);
    expect(fs.readdirSync(work).sort()).toEqual(["site", "site-app"]);
  });

  it("serves every page of the sitemap with its title, and the sitemap and feed list every entry", async () => {
    const sitemap = await get(`${base}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    const locs = extractSitemapLocs(sitemap.text);
    const [datasets, protocols, spaces, labs, formats, organisms, tags] = [
      snapshotJson<{ slug: string; title: string }[]>("datasets.json"),
      snapshotJson<{ slug: string; title: string }[]>("protocols.json"),
      snapshotJson<{ slug: string; title: string }[]>("spaces.json"),
      snapshotJson<{ slug: string; name: string }[]>("labs.json"),
      snapshotJson<unknown[]>("by-format.json"),
      snapshotJson<unknown[]>("by-organism.json"),
      snapshotJson<unknown[]>("by-tag.json"),
    ];
    const expected = 3 + datasets.length + protocols.length + spaces.length + labs.length + formats.length + organisms.length + tags.length;
    expect(countXmlElements(sitemap.text, "http://www.sitemaps.org/schemas/sitemap/0.9", "url")).toBe(expected);
    expect(locs).toHaveLength(expected);
    expect(summary.site.pages).toBeGreaterThanOrEqual(expected);

    const titles = new Map<string, string>([
      ...datasets.map((d) => [`/datasets/${encodeURIComponent(d.slug)}`, d.title] as const),
      ...protocols.map((p) => [`/protocols/${encodeURIComponent(p.slug)}`, p.title] as const),
      ...spaces.map((s) => [`/spaces/${encodeURIComponent(s.slug)}`, s.title] as const),
      ...labs.map((l) => [`/labs/${encodeURIComponent(l.slug)}`, l.name] as const),
    ]);
    for (const loc of locs) {
      expect(loc.startsWith(`${PUBLIC_URL}/`), loc).toBe(true);
      const res = await get(local(loc));
      expect(res.status, loc).toBe(200);
      expect(res.type, loc).toContain("text/html");
      const title = /<title>([^<]+)<\/title>/.exec(res.text)?.[1];
      expect(title, loc).toBeTruthy();
      const own = titles.get(new URL(loc).pathname);
      if (own) expect(title, loc).toContain(own.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"));
      pages.set(loc, res);
    }

    const feed = await get(`${base}/feed.xml`);
    expect(feed.status).toBe(200);
    const recent = snapshotJson<unknown[]>("recent.json");
    expect(countXmlElements(feed.text, "http://www.w3.org/2005/Atom", "entry")).toBe(Math.min(50, recent.length));
    expect(feed.text).toContain(`<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}/feed.xml"/>`);
    const robots = await get(`${base}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.text).toContain(`${PUBLIC_URL}/sitemap.xml`);
  }, 120_000);

  it("resolves every same-origin link and asset of every page, and holds no link into the app", async () => {
    expect(pages.size).toBeGreaterThan(0);
    const notFound = await get(`${base}/404.html`);
    expect(notFound.text).toContain("Not found");
    expect(notFound.text).toContain('<a class="skip-link" href="#main">Skip to content</a>');
    const checked = new Map<string, number>();
    for (const [loc, page] of [...pages, [`${PUBLIC_URL}/404.html`, notFound] as const]) {
      for (const ref of extractHtmlLinks(page.text)) {
        const p = sameOriginPath(ref, loc, [PUBLIC_URL, base]);
        if (p === null) continue;
        // No app address configured: links to the sign-in pages and the app are left out.
        expect(APP_LINK.test(p), `${ref} linked from ${loc}`).toBe(false);
        if (!checked.has(p)) {
          const res = await fetch(base + p, { signal: AbortSignal.timeout(15_000) });
          await res.arrayBuffer();
          checked.set(p, res.status);
        }
        expect(checked.get(p), `${p} linked from ${loc}`).toBe(200);
      }
    }
    expect([...checked.keys()].some((p) => p.startsWith("/_next/static/"))).toBe(true);
  }, 180_000);

  it("finds no link that 404s when crawling the served bundle from / and 404.html", async () => {
    // A visitor's (or a crawler's) view: start at the entry points, follow every same-origin link
    // in pages, the sitemap and the feed, and fetch each exactly once from the static server.
    const queue = ["/", "/404.html", "/sitemap.xml", "/feed.xml", "/robots.txt"];
    const status = new Map<string, number>();
    const linkedFrom = new Map<string, string>();
    while (queue.length > 0) {
      const p = queue.shift()!;
      if (status.has(p)) continue;
      const res = await fetch(base + p, { signal: AbortSignal.timeout(15_000) });
      status.set(p, res.status);
      const type = res.headers.get("content-type") ?? "";
      if (!/html|xml/.test(type) || res.status !== 200) {
        await res.arrayBuffer();
        continue;
      }
      const text = await res.text();
      const refs = p === "/sitemap.xml" ? extractSitemapLocs(text) : extractHtmlLinks(text);
      for (const ref of refs) {
        const next = sameOriginPath(ref, PUBLIC_URL + p, [PUBLIC_URL, base]);
        if (next === null || status.has(next)) continue;
        if (!linkedFrom.has(next)) linkedFrom.set(next, p);
        queue.push(next);
      }
    }
    const broken = [...status].filter(([, code]) => code !== 200).map(([p, code]) => `${p} (${code}, linked from ${linkedFrom.get(p) ?? "start"})`);
    expect(broken).toEqual([]);
    expect(status.size).toBeGreaterThan(pages.size);
  }, 180_000);

  it("points links into the app at CYANEA_APP_URL when it is set", () => {
    const appTargets = new Set<string>();
    const htmlFiles = filesUnder(siteWithApp).filter((f) => f.endsWith(".html"));
    expect(htmlFiles.length).toBe(filesUnder(site).filter((f) => f.endsWith(".html")).length);
    for (const file of htmlFiles) {
      const rel = path.relative(siteWithApp, file);
      const pageUrl = `${PUBLIC_URL}/${rel.replace(/(?:^|\/)index\.html$/, "")}`;
      for (const ref of extractHtmlLinks(fs.readFileSync(file, "utf8"))) {
        const target = new URL(ref, pageUrl);
        if (target.origin === APP_URL) {
          expect(target.pathname, `${ref} in ${rel}`).toMatch(APP_LINK);
          appTargets.add(target.pathname);
        } else if (target.origin === PUBLIC_URL) {
          expect(APP_LINK.test(target.pathname), `${ref} in ${rel}`).toBe(false);
        }
      }
    }
    expect([...appTargets]).toEqual(expect.arrayContaining(["/signin", "/signup"]));
    const home = fs.readFileSync(path.join(siteWithApp, "index.html"), "utf8");
    expect(home).toContain(`href="${APP_URL}/signin"`);
    expect(home).toContain(`href="${APP_URL}/signup"`);
    const notFound = fs.readFileSync(path.join(siteWithApp, "404.html"), "utf8");
    expect(notFound).toContain(`href="${APP_URL}/signin"`);
    expect(notFound).toContain('<a class="skip-link" href="#main">Skip to content</a>');
  });

  it("ships no client JavaScript: no page or 404.html references a script, and the bundle holds none", async () => {
    const notFound = await get(`${base}/404.html`);
    for (const [loc, page] of [...pages, [`${PUBLIC_URL}/404.html`, notFound] as const]) {
      expect(page.text.match(/<script\b[^>]*>/gi) ?? [], loc).toEqual([]);
      expect(page.text, loc).not.toMatch(/\/_next\/static\/[^"'\s>]+\.js\b/);
    }
    expect(filesUnder(path.join(site, "_next", "static")).filter((f) => f.endsWith(".js"))).toEqual([]);
  });

  it("serves the snapshot JSON with the manifest's hashes", async () => {
    const manifest = JSON.parse((await get(`${base}/snapshot/manifest.json`)).text) as SnapshotManifest;
    expect(manifest.snapshotId).toBe(summary.site.snapshotId);
    for (const [name, { sha256, bytes }] of Object.entries(manifest.files)) {
      const res = await fetch(`${base}/snapshot/${name}`);
      expect(res.status, name).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.length, name).toBe(bytes);
      expect(createHash("sha256").update(body).digest("hex"), name).toBe(sha256);
    }
  });

  it("holds no private title and no email in any file", () => {
    const hidden = privateNames();
    expect(hidden.length).toBeGreaterThan(3);
    const emails = SEED_USERS.map((u) => u.email);
    for (const file of [...filesUnder(site), ...filesUnder(siteWithApp)]) {
      const text = fs.readFileSync(file, "utf8");
      for (const name of hidden) {
        expect(text.includes(name) || text.includes(name.replace(/&/g, "&amp;")), `${name} in ${path.relative(site, file)}`).toBe(false);
      }
      for (const email of emails) expect(text.includes(email), `${email} in ${path.relative(site, file)}`).toBe(false);
      expect(text, path.relative(site, file)).not.toContain("@cyanea.test");
    }
  });
});
