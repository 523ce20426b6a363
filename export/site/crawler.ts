/**
 * Fetches every public page reachable from the seeds and the sitemap from a running app and writes
 * it into the bundle directory; then fetches referenced assets the bundle does not hold yet.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { rewriteAppLinks } from "./app-links";
import { CrawlQueue } from "./crawl-queue";
import { extractHtmlLinks, extractSitemapLocs, sameOriginPath } from "./links";
import { fileForPath } from "./paths";
import { classifyPath, SEED_PATHS } from "./routes";

export interface CrawlOptions {
  /** Where the app answers, e.g. `http://127.0.0.1:3000`. */
  origin: string;
  outDir: string;
  maxPages: number;
  /** Pages to fetch besides the seeds, the sitemap and what pages link to. */
  extraPaths?: readonly string[];
  /** Where links into the app point in the written pages (see app-links.ts); null or absent: they are left out. */
  appUrl?: string | null;
  concurrency?: number;
  /** Per request. */
  timeoutMs?: number;
}

export interface Sample {
  count: number;
  sample: string[];
}

export interface CrawlResult {
  pages: number;
  assetsFetched: number;
  /** The origin the pages' absolute links use (the first URL of the sitemap). */
  publicOrigin: string;
  /** Same-origin links the bundle cannot serve (the sign-in pages, the signed-in area, the API): pointed at `appUrl` or left out. */
  appLinks: Sample;
  /** Pages over `maxPages`. */
  overLimit: Sample;
  /** Paths whose decoded form is no file name (`..`, empty segments). */
  unmappable: Sample;
}

const SAMPLE = 20;

class SampleSet {
  private readonly all = new Set<string>();
  add(value: string): void {
    this.all.add(value);
  }
  has(value: string): boolean {
    return this.all.has(value);
  }
  toJSON(): Sample {
    return { count: this.all.size, sample: [...this.all].slice(0, SAMPLE) };
  }
}

/** Thrown when pages answered other than 200; lists the first few. */
export class CrawlError extends Error {}

export async function crawlSite(opts: CrawlOptions): Promise<CrawlResult> {
  const origins = [new URL(opts.origin).origin];
  const queue = new CrawlQueue(opts.maxPages, SAMPLE);
  const assets = new Set<string>();
  const appLinks = new SampleSet();
  const unmappable = new SampleSet();
  const failures: string[] = [];
  /** The first page that linked to each path, for error messages. */
  const referrer = new Map<string, string>();
  let pages = 0;

  const fetchOk = async (pathname: string): Promise<Response | null> => {
    let problem: string;
    try {
      const res = await fetch(opts.origin + pathname, { redirect: "manual", signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
      if (res.status === 200) return res;
      await res.body?.cancel();
      problem = String(res.status);
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
    const from = referrer.get(pathname);
    failures.push(`${pathname} (${problem}${from ? `, linked from ${from}` : ""})`);
    return null;
  };

  const note = (ref: string, base: string, from?: string) => {
    const p = sameOriginPath(ref, base, origins);
    if (p === null) return;
    const kind = classifyPath(p);
    if (kind === "app") return appLinks.add(p);
    if (from && !referrer.has(p)) referrer.set(p, from);
    if (kind === "page") queue.add(p);
    else assets.add(p);
  };

  // The sitemap first: its first URL names the public origin the pages link to.
  const sitemapRes = await fetchOk("/sitemap.xml");
  if (!sitemapRes) throw new CrawlError(`/sitemap.xml answered ${failures[0] ?? "non-200"}`);
  const sitemap = await sitemapRes.text();
  const locs = extractSitemapLocs(sitemap);
  const publicOrigin = locs[0] ? new URL(locs[0]).origin : (origins[0] as string);
  if (!origins.includes(publicOrigin)) origins.push(publicOrigin);
  for (const p of SEED_PATHS) queue.add(p);
  for (const loc of locs) note(loc, opts.origin);
  for (const p of opts.extraPaths ?? []) queue.add(p);

  const worker = async () => {
    for (let p = queue.next(); p !== undefined; p = queue.next()) {
      const res = await fetchOk(p);
      if (!res) continue;
      const html = (res.headers.get("content-type") ?? "").startsWith("text/html");
      const rel = fileForPath(p, html);
      if (rel === null) {
        await res.body?.cancel();
        unmappable.add(p);
        continue;
      }
      let body = Buffer.from(await res.arrayBuffer());
      if (html) {
        // Links into the app go before the page is written (and before its links are followed).
        const rewritten = rewriteAppLinks(body.toString("utf8"), { base: opts.origin + p, origins, appUrl: opts.appUrl ?? null });
        for (const appPath of rewritten.appPaths) appLinks.add(appPath);
        body = Buffer.from(rewritten.html, "utf8");
      }
      await writeFile(path.join(opts.outDir, rel), body);
      pages += 1;
      if (html) for (const ref of extractHtmlLinks(body.toString("utf8"))) note(ref, opts.origin + p, p);
    }
  };
  // Workers stop when the queue is momentarily empty while another still parses a page: rerun until drained.
  while (queue.waiting > 0) await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));

  let assetsFetched = 0;
  for (const a of assets) {
    const rel = fileForPath(a, false);
    if (rel === null) {
      unmappable.add(a);
      continue;
    }
    const file = path.join(opts.outDir, rel);
    if (await exists(file)) continue;
    const res = await fetchOk(a);
    if (!res) continue;
    await writeFile(file, Buffer.from(await res.arrayBuffer()));
    assetsFetched += 1;
  }

  if (failures.length > 0) throw new CrawlError(`${failures.length} URL(s) did not answer 200: ${failures.slice(0, 5).join(", ")}${failures.length > 5 ? ", …" : ""}`);
  return { pages, assetsFetched, publicOrigin, appLinks: appLinks.toJSON(), overLimit: queue.skipped(), unmappable: unmappable.toJSON() };
}

async function writeFile(file: string, body: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, body);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
