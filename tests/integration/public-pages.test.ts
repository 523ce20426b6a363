import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SnapshotFiles, SnapshotManifest } from "../../export/snapshot-schema";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, signInSession, uniqueSlug, uploadForm } from "./client";
import type { Target } from "./global-setup";

const targets = inject("targets");

const PUBLIC_SLUG = "sars-cov-2-wuhan-hu-1-reference";
const PUBLIC_TITLE = "SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)";
const PRIVATE_SLUG = "sars-cov-2-orf-annotation-review";
const PRIVATE_TITLE = "SARS-CoV-2 ORF annotation review (working copy)";
/** A draft of the demo researcher's (private, never published). */
const DRAFT_SLUG = "phospholipase-c-altloc-excerpt-1ah7";
/** Text a naive Markdown stripper mangles (the QA report: "run42", "Q 30", "NC005816"). */
const PLAIN_DESCRIPTION = "Reads from run_42 with Q > 30 and NC_005816";
const NOT_FOUND_MESSAGE = "There is no public page here.";

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

/** The markup a browser without JavaScript shows: the document with every script element removed. */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
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
  let plainSlug: string;
  const seen = new Map<string, string>();

  async function page(urlPath: string, status = 200): Promise<string> {
    const res = await call(target, urlPath);
    expect(res.status, urlPath).toBe(status);
    const text = String(res.data);
    seen.set(urlPath, text);
    return text;
  }

  beforeAll(async () => {
    // A public dataset whose description holds ordinary characters next to Markdown.
    plainSlug = uniqueSlug("plain-description");
    const created = await call(target, "/api/datasets", {
      method: "POST",
      key: DEMO_RESEARCHER.apiKey,
      body: uploadForm({ title: "Plain description check", slug: plainSlug, visibility: "public", description: `${PLAIN_DESCRIPTION}, **trimmed** with \`fastp\`.` }, [{ name: "plain.fasta", bytes: ">plain\nACGTACGTAC\n" }]),
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect((await call(target, `/api/datasets/${plainSlug}/publish`, { method: "POST", key: DEMO_RESEARCHER.apiKey })).status).toBe(200);
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
    // Each file links to its download, which an anonymous visitor may fetch.
    const href = /<a href="(\/api\/datasets\/sars-cov-2-wuhan-hu-1-reference\/files\/[0-9a-f-]{36})" download="([^"]+)"/.exec(html);
    expect(href, "download link").not.toBeNull();
    const file = await fetch(`${target.url}${href![1]}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain(href![2]!);
    expect((await file.text()).startsWith(">")).toBe(true);
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
    // A dataset is listed under every format among its files: the pPCP1 plasmid is FASTA with a GenBank record too.
    const genbank = await page("/explore/format/genbank");
    expect(genbank).toContain("/datasets/yersinia-pestis-ppcp1-plasmid");
    expect(await page("/explore/format/fasta")).toContain("/datasets/yersinia-pestis-ppcp1-plasmid");
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

  it("answers 404 for unknown slugs, unknown categories and private objects, as HTML that needs no JavaScript", async () => {
    for (const url of ["/datasets/no-such-dataset-anywhere", "/protocols/no-such-protocol", "/labs/no-such-lab", "/spaces/no-such-space", "/explore/colour/blue", "/explore/tag/no-such-tag-anywhere", `/datasets/${PRIVATE_SLUG}`]) {
      const html = withoutScripts(await page(url, 404));
      // The message and the links back are in the server-rendered document, not only in flight data.
      expect(html, url).not.toContain("__next_error__");
      expect(html, url).toContain(NOT_FOUND_MESSAGE);
      expect(html, url).toMatch(/<a class="btn" href="\/explore">Explore the catalogue<\/a>/);
      expect(html, url).toContain('<nav class="public-subnav"');
      expect(html, url).toContain("<title>Not found · Cyanea</title>");
      expect(html, url).toMatch(/<meta name="robots" content="noindex/);
    }
  });

  it("keeps ordinary characters in meta descriptions", async () => {
    const html = await page(`/datasets/${plainSlug}`);
    const expected = `${PLAIN_DESCRIPTION.replace(/>/g, "&gt;")}, trimmed with fastp.`;
    expect(html).toContain(`<meta name="description" content="${expected}"/>`);
    expect(html).toContain(`<meta property="og:description" content="${expected}"/>`);
  });

  it("shows the signed-in preview of a draft as unpublished, without the visitor's sign-in prompt", async () => {
    const cookie = await signInSession(target);
    const preview = async (slug: string) => {
      const res = await fetch(`${target.url}/app/datasets/${slug}/public-preview`, { headers: { cookie }, redirect: "manual" });
      expect(res.status, slug).toBe(200);
      return withoutScripts(await res.text());
    };
    const draft = await preview(DRAFT_SLUG);
    expect(draft).toMatch(/<dt>Published<\/dt><dd><span class="muted">Not published \(draft\)<\/span><\/dd>/);
    expect(draft).toContain("it is a draft (not published)");
    expect(draft).not.toContain("Sign in to analyse");
    expect(draft).toContain(`href="/app/datasets/${DRAFT_SLUG}"`);
    const published = await preview(PUBLIC_SLUG);
    expect(published).toMatch(/<dt>Published<\/dt><dd><time dateTime="[^"]+">/);
    expect(published).not.toContain("Sign in to analyse");
    // The public page itself is unchanged: visitors are asked to sign in.
    expect(await page(`/datasets/${PUBLIC_SLUG}`)).toContain("Sign in to analyse");
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
    // RFC 4287 §4.2.15: an entry's <updated> is its dataset's last change; the feed's is the latest of them.
    const datasets = new Map(readSnapshot(target, "datasets.json").map((d) => [d.slug, d]));
    const entryUpdated = entries.map((entry) => elements(entry, "updated")[0]!);
    entries.forEach((entry, i) => {
      const slug = decodeURIComponent(/\/datasets\/([^"<]+)<\/id>/.exec(entry)?.[1] ?? "");
      const d = datasets.get(slug)!;
      expect(entryUpdated[i], slug).toBe(d.updatedAt > d.publishedAt ? d.updatedAt : d.publishedAt);
    });
    expect(elements(feedHead, "updated")[0]).toBe([...entryUpdated].sort().at(-1));
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

  it("names the site in every public page's Open Graph", () => {
    const htmlPages = [...seen].filter(([, text]) => text.startsWith("<!DOCTYPE html>"));
    expect(htmlPages.length).toBeGreaterThanOrEqual(15);
    for (const [url, html] of htmlPages) expect(html, url).toContain('<meta property="og:site_name" content="Cyanea"/>');
    expect(seen.get(`/datasets/${PUBLIC_SLUG}`)).toContain('<meta property="og:type" content="article"/>');
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
