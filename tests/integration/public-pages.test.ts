import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SnapshotFiles, SnapshotManifest } from "../../export/snapshot-schema";
import { DEMO_ADMIN, call } from "./client";
import type { Target } from "./global-setup";

const targets = inject("targets");

const PUBLIC_SLUG = "sars-cov-2-wuhan-hu-1-reference";
const PUBLIC_TITLE = "SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)";
const PRIVATE_SLUG = "sars-cov-2-orf-annotation-review";
const PRIVATE_TITLE = "SARS-CoV-2 ORF annotation review (working copy)";

/**
 * Asks for an export now and waits for it (or the one already running) to finish, then returns
 * the latest snapshot's manifest. The app also exports by itself at start-up, so the pages have a
 * snapshot even if the trigger is refused; the trigger's own contract is tested in exports-admin.
 */
async function exportNow(target: Target): Promise<SnapshotManifest> {
  const started = await call(target, "/api/admin/exports", { method: "POST", key: DEMO_ADMIN.apiKey });
  if (started.status === 202 || started.status === 409) {
    let overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
    for (let i = 0; i < 240 && overview.data.running; i++) {
      await new Promise((r) => setTimeout(r, 250));
      overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
    }
  }
  const manifestPath = path.join(target.dataDir, "exports", "latest", "manifest.json");
  for (let i = 0; i < 240 && !fs.existsSync(manifestPath); i++) await new Promise((r) => setTimeout(r, 250));
  return JSON.parse(fs.readFileSync(manifestPath, "utf8")) as SnapshotManifest;
}

function readSnapshot<F extends keyof SnapshotFiles>(target: Target, file: F): SnapshotFiles[F] {
  return JSON.parse(fs.readFileSync(path.join(target.dataDir, "exports", "latest", file), "utf8")) as SnapshotFiles[F];
}

/**
 * A small XML well-formedness check (no parser dependency): balanced, properly nested tags, one
 * root, only the five predefined entities or numeric references, nothing outside the root but
 * the declaration and whitespace.
 */
function assertWellFormedXml(xml: string): string {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let root: string | null = null;
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let closedRoot = false;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const [, closing, name, , selfClosing, text, stray] = m;
    if (stray) throw new Error(`stray '<' at ${m.index}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== "") throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      const badEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
      if (badEntity) throw new Error(`bad entity near ${text.slice(badEntity.index, badEntity.index + 20)}`);
      continue;
    }
    if (closedRoot) throw new Error(`second root element <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      if (stack.length === 0) closedRoot = true;
    } else {
      root ??= name!;
      if (selfClosing) {
        if (stack.length === 0) closedRoot = true;
      } else stack.push(name!);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("><")}>`);
  if (!root) throw new Error("no root element");
  return root;
}

/** The text content of every `<name>` element directly in `xml` (non-nested elements only). */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "g"))].map((m) => m[1]!);
}

describe.each(targets)("public pages on $name", (target) => {
  let manifest: SnapshotManifest;
  let protocolSlug: string;
  let protocolStepTitles: string[];
  let labSlug: string;
  let labName: string;
  let spaceSlug: string;
  let spaceTitle: string;
  let tag: string;
  let organism: string;
  let format: string;
  const seen = new Map<string, string>();

  async function page(urlPath: string, status = 200): Promise<string> {
    const res = await call(target, urlPath);
    expect(res.status, urlPath).toBe(status);
    const text = String(res.data);
    seen.set(urlPath, text);
    return text;
  }

  beforeAll(async () => {
    manifest = await exportNow(target);
    const protocols = readSnapshot(target, "protocols.json");
    const withSteps = protocols.find((p) => p.steps.length >= 2) ?? protocols[0]!;
    protocolSlug = withSteps.slug;
    protocolStepTitles = [...withSteps.steps].sort((a, b) => a.position - b.position).map((s) => s.title);
    const lab = readSnapshot(target, "labs.json")[0]!;
    labSlug = lab.slug;
    labName = lab.name;
    const space = readSnapshot(target, "spaces.json")[0]!;
    spaceSlug = space.slug;
    spaceTitle = space.title;
    const dataset = readSnapshot(target, "datasets.json").find((d) => d.slug === PUBLIC_SLUG)!;
    expect(dataset).toBeDefined();
    tag = dataset.tags[0]!;
    organism = dataset.organism!;
    format = dataset.format;
  });

  it("answers / with stats, trending, recent datasets and the snapshot time", async () => {
    const html = await page("/");
    expect(html).toContain("Snapshot of");
    expect(html).toContain(`dateTime="${manifest.generatedAt}"`);
    expect(html).toContain("Recently published datasets");
    expect(html).toContain("Active labs");
    expect(html).toContain(`/datasets/${PUBLIC_SLUG}`);
    expect(html).toContain('href="/signin"');
    expect(html).toContain('href="/explore"');
  });

  it("renders a public dataset with its files and Open Graph meta", async () => {
    const html = await page(`/datasets/${PUBLIC_SLUG}`);
    expect(html).toContain(`<h1>${PUBLIC_TITLE}</h1>`);
    expect(html).toMatch(/<meta property="og:title" content="SARS-CoV-2 Wuhan-Hu-1 reference genome \(MN908947\)"/);
    expect(html).toMatch(/<meta property="og:url" content="http:\/\/[^"]+\/datasets\/sars-cov-2-wuhan-hu-1-reference"/);
    expect(html).toContain("Snapshot of");
    expect(html).toContain("Files");
  });

  it("renders a protocol with its steps in order, a lab and a space", async () => {
    const protocol = await page(`/protocols/${protocolSlug}`);
    const positions = protocolStepTitles.map((t) => protocol.indexOf(t.replace(/&/g, "&amp;")));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await page(`/labs/${labSlug}`)).toContain(labName.replace(/&/g, "&amp;"));
    expect(await page(`/spaces/${spaceSlug}`)).toContain(spaceTitle.replace(/&/g, "&amp;"));
  });

  it("renders explore, category pages and trending", async () => {
    const explore = await page("/explore");
    expect(explore).toContain(`/explore/format/${format}`);
    expect(await page(`/explore/format/${format}`)).toContain(PUBLIC_TITLE);
    expect(await page(`/explore/tag/${encodeURIComponent(tag)}`)).toContain(`/datasets/${PUBLIC_SLUG}`);
    // A tag typed as shown to people ("Has Space") finds the stored form ("has-space") and names it canonical.
    const typed = await page(`/explore/tag/${encodeURIComponent(tag.toUpperCase().replace(/-/g, " "))}`);
    expect(typed).toContain(`/datasets/${PUBLIC_SLUG}`);
    expect(typed).toMatch(new RegExp(`rel="canonical" href="[^"]*/explore/tag/${encodeURIComponent(tag).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`));
    expect(await page(`/explore/organism/${encodeURIComponent(organism)}`)).toContain(`/datasets/${PUBLIC_SLUG}`);
    const trending = await page("/trending");
    expect(trending).toContain("Trending");
    expect(trending).toContain("Snapshot of");
  });

  it("answers 404 for unknown slugs, unknown categories and private objects", async () => {
    await page("/datasets/no-such-dataset-anywhere", 404);
    await page("/protocols/no-such-protocol", 404);
    await page("/labs/no-such-lab", 404);
    await page("/spaces/no-such-space", 404);
    await page("/explore/colour/blue", 404);
    await page("/explore/tag/no-such-tag-anywhere", 404);
    await page(`/datasets/${PRIVATE_SLUG}`, 404);
  });

  it("serves a well-formed Atom feed listing public datasets", async () => {
    const res = await call(target, "/feed.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(res.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=86400");
    const xml = String(res.data);
    seen.set("/feed.xml", xml);
    expect(assertWellFormedXml(xml)).toBe("feed");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const feedHead = xml.slice(0, xml.indexOf("<entry>"));
    for (const el of ["id", "title", "updated"]) expect(elements(feedHead, el)).toHaveLength(1);
    const entries = elements(xml, "entry");
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(elements(entry, "id")).toHaveLength(1);
      expect(elements(entry, "title")).toHaveLength(1);
      expect(elements(entry, "updated")[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/datasets\/[^"]+"\/>/);
    }
    const recent = readSnapshot(target, "recent.json");
    expect(xml).toContain(`/datasets/${recent[0]!.slug}`);
  });

  it("serves a well-formed sitemap with every public dataset, and robots.txt", async () => {
    const res = await call(target, "/sitemap.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/xml/);
    const xml = String(res.data);
    seen.set("/sitemap.xml", xml);
    expect(assertWellFormedXml(xml)).toBe("urlset");
    const locs = new Set(elements(xml, "loc").map((u) => new URL(u).pathname));
    for (const d of readSnapshot(target, "datasets.json")) expect(locs.has(`/datasets/${d.slug}`), d.slug).toBe(true);
    expect(locs.has(`/protocols/${protocolSlug}`)).toBe(true);
    expect(locs.has(`/labs/${labSlug}`)).toBe(true);
    const robots = await call(target, "/robots.txt");
    expect(robots.status).toBe(200);
    expect(String(robots.data)).toMatch(/Sitemap: http:\/\/[^\s]+\/sitemap\.xml/);
    expect(String(robots.data)).toContain("Disallow: /api/");
  });

  it("never shows a private dataset or an email on any page it served", () => {
    expect(seen.size).toBeGreaterThanOrEqual(15);
    for (const [url, text] of seen) {
      expect(text, url).not.toContain(PRIVATE_TITLE);
      // The 404 answer to the private slug's own URL echoes that URL (router state); nothing else may name it.
      if (!url.includes(PRIVATE_SLUG)) expect(text, url).not.toContain(PRIVATE_SLUG);
      expect(text, url).not.toContain("@cyanea.test");
    }
  });
});
