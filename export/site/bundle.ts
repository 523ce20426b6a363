/**
 * The CDN bundle: every public page rendered by the production app, as static files any web server
 * or CDN can serve with no Node process. See export/README.md ("CDN bundle") for the layout.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { readLatestId } from "../snapshot-store";
import { startBuiltApp, type RunningApp } from "./app-process";
import { crawlSite, type Sample } from "./crawler";
import { MARKER, makeTempBeside, swapIntoPlace, treeSize } from "./output-dir";
import { copyLatestSnapshot } from "./snapshot-copy";
import { snapshotPagePaths } from "./snapshot-pages";

export const DEFAULT_MAX_PAGES = 200_000;
/** A public URL that cannot name an object: its answer is the public not-found page. */
// A path no route matches: the root not-found page is rendered on the server and served without
// scripts. (A public object's 404, from `notFound()` in an on-demand page, is an empty
// `__next_error__` document that Next fills in on the client: it needs the framework's JS.)
const NOT_FOUND_PROBE = "/--cyanea-not-found--";

export interface SiteBundleOptions {
  /** The repository root: `.next/static` and `scripts/start.ts` live there. */
  root: string;
  dataDir: string;
  outDir: string;
  /** An app already serving `dataDir`'s snapshots; otherwise the built app is started for the crawl. */
  url?: string;
  /** CYANEA_PUBLIC_URL for the app started here. */
  publicUrl?: string;
  maxPages?: number;
  /** Next's build dir (CYANEA_DIST_DIR), default `.next`. */
  distDir?: string;
}

export interface SiteBundleSummary {
  dir: string;
  snapshotId: string;
  publicOrigin: string;
  pages: number;
  files: number;
  bytes: number;
  skipped: { overLimit: Sample; appLinks: Sample; unmappable: Sample };
  durationMs: number;
}

export async function buildSiteBundle(opts: SiteBundleOptions): Promise<SiteBundleSummary> {
  const t0 = Date.now();
  const outDir = path.resolve(opts.outDir);
  const tmp = await makeTempBeside(outDir);
  let app: RunningApp | null = null;
  let failed = false;
  try {
    const manifest = await copyLatestSnapshot(opts.dataDir, path.join(tmp, "snapshot"));
    const extraPaths = await snapshotPagePaths(path.join(tmp, "snapshot"));
    if (!opts.url) app = await startBuiltApp({ root: opts.root, dataDir: opts.dataDir, publicUrl: opts.publicUrl });
    const origin = (opts.url ?? app?.url ?? "").replace(/\/+$/, "");
    // After the app started: a stale or missing build has been rebuilt by then.
    // Styles, fonts and media only: the public pages are served without client scripts
    // (lib/page-cache/strip-client-js.mjs), so the framework's JS has no place in the bundle.
    const staticDir = path.join(opts.root, opts.distDir ?? ".next", "static");
    await fs.cp(staticDir, path.join(tmp, "_next", "static"), { recursive: true, filter: (src) => !isScript(src) });

    const crawl = await crawlSite({ origin, outDir: tmp, maxPages: opts.maxPages ?? DEFAULT_MAX_PAGES, extraPaths });
    const notFoundHtml = await writeNotFoundPage(origin, tmp);
    // A page the page cache kept whole references scripts (the crawl fetched those); the chunks
    // they load at run time are named nowhere in the HTML, so ship the whole set then.
    if ((await containsScript(path.join(tmp, "_next", "static"))) || SCRIPT_REF.test(notFoundHtml)) await fs.cp(staticDir, path.join(tmp, "_next", "static"), { recursive: true });
    if ((await readLatestId(opts.dataDir)) !== manifest.snapshotId) throw new Error("a new snapshot was exported during the crawl; run again");

    const summary: Omit<SiteBundleSummary, "files" | "bytes" | "durationMs"> = {
      dir: outDir,
      snapshotId: manifest.snapshotId,
      publicOrigin: crawl.publicOrigin,
      pages: crawl.pages,
      skipped: { overLimit: crawl.overLimit, appLinks: crawl.appLinks, unmappable: crawl.unmappable },
    };
    await fs.writeFile(path.join(tmp, MARKER), `${JSON.stringify({ snapshotId: manifest.snapshotId, generatedAt: manifest.generatedAt, publicOrigin: crawl.publicOrigin, pages: crawl.pages }, null, 2)}\n`);
    const size = await treeSize(tmp);
    await swapIntoPlace(tmp, outDir);
    return { ...summary, ...size, durationMs: Date.now() - t0 };
  } catch (err) {
    failed = true;
    await fs.rm(tmp, { recursive: true, force: true });
    if (app && err instanceof Error) err.message += ` (app log: ${app.logFile})`;
    throw err;
  } finally {
    await app?.stop(failed);
  }
}

const SCRIPT_REF = /\/_next\/static\/[^"'\s>]+\.js\b/;

function isScript(file: string): boolean {
  return /\.js(?:\.map)?$/.test(file);
}

async function containsScript(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.some((f) => isScript(String(f)));
}

/** `404.html` (the convention of static hosts; nginx: `error_page 404 /404.html`) from the root not-found page. */
async function writeNotFoundPage(origin: string, dir: string): Promise<string> {
  const res = await fetch(origin + NOT_FOUND_PROBE, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 404 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) throw new Error(`the not-found page answered ${res.status}, expected a 404 HTML page`);
  await fs.writeFile(path.join(dir, "404.html"), body);
  return body.toString("utf8");
}
