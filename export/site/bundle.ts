/**
 * The CDN bundle: every public page rendered by the production app, as static files any web server
 * or CDN can serve with no Node process. See export/README.md ("CDN bundle") for the layout.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { readLatestId } from "../snapshot-store";
import { normalizeAppUrl, rewriteAppLinks } from "./app-links";
import { startBuiltApp, type RunningApp } from "./app-process";
import { crawlSite, type Sample } from "./crawler";
import { MARKER, makeTempBeside, swapIntoPlace, treeSize } from "./output-dir";
import { copyLatestSnapshot } from "./snapshot-copy";
import { snapshotPagePaths } from "./snapshot-pages";

export const DEFAULT_MAX_PAGES = 200_000;
/**
 * A path no route matches: its answer, the root not-found page ("There is no page at this
 * address"), is the bundle's `404.html`, rendered on the server and served without scripts.
 */
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
  /**
   * The app's absolute address: links into the app (sign-in, sign-up, `/app/…`) point there.
   * Default `CYANEA_APP_URL`; unset or empty: those links are left out of the bundle.
   */
  appUrl?: string;
  maxPages?: number;
  /** Next's build dir (CYANEA_DIST_DIR), default `.next`. */
  distDir?: string;
}

export interface SiteBundleSummary {
  dir: string;
  snapshotId: string;
  publicOrigin: string;
  /** Where links into the app point; null: they were left out. */
  appUrl: string | null;
  pages: number;
  files: number;
  bytes: number;
  skipped: { overLimit: Sample; appLinks: Sample; unmappable: Sample };
  durationMs: number;
}

export async function buildSiteBundle(opts: SiteBundleOptions): Promise<SiteBundleSummary> {
  const t0 = Date.now();
  const outDir = path.resolve(opts.outDir);
  // Checked before anything is started or written.
  const appUrl = normalizeAppUrl(opts.appUrl ?? process.env.CYANEA_APP_URL);
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

    const crawl = await crawlSite({ origin, outDir: tmp, maxPages: opts.maxPages ?? DEFAULT_MAX_PAGES, extraPaths, appUrl });
    const notFoundHtml = await writeNotFoundPage(origin, tmp, { origins: [new URL(origin).origin, crawl.publicOrigin], appUrl });
    // A page the page cache kept whole references scripts (the crawl fetched those); the chunks
    // they load at run time are named nowhere in the HTML, so ship the whole set then.
    if ((await containsScript(path.join(tmp, "_next", "static"))) || SCRIPT_REF.test(notFoundHtml)) await fs.cp(staticDir, path.join(tmp, "_next", "static"), { recursive: true });
    if ((await readLatestId(opts.dataDir)) !== manifest.snapshotId) throw new Error("a new snapshot was exported during the crawl; run again");

    const summary: Omit<SiteBundleSummary, "files" | "bytes" | "durationMs"> = {
      dir: outDir,
      snapshotId: manifest.snapshotId,
      publicOrigin: crawl.publicOrigin,
      appUrl,
      pages: crawl.pages,
      skipped: { overLimit: crawl.overLimit, appLinks: crawl.appLinks, unmappable: crawl.unmappable },
    };
    await fs.writeFile(path.join(tmp, MARKER), `${JSON.stringify({ snapshotId: manifest.snapshotId, generatedAt: manifest.generatedAt, publicOrigin: crawl.publicOrigin, appUrl, pages: crawl.pages }, null, 2)}\n`);
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

/**
 * `404.html` (the convention of static hosts; nginx: `error_page 404 /404.html`) from the root
 * not-found page, its links into the app handled like the pages'. Static hosts serve it at any
 * depth, so its links are all root-relative or absolute.
 */
async function writeNotFoundPage(origin: string, dir: string, links: { origins: string[]; appUrl: string | null }): Promise<string> {
  const res = await fetch(origin + NOT_FOUND_PROBE, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = await res.text();
  if (res.status !== 404 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) throw new Error(`the not-found page answered ${res.status}, expected a 404 HTML page`);
  const { html } = rewriteAppLinks(body, { base: origin + NOT_FOUND_PROBE, ...links });
  await fs.writeFile(path.join(dir, "404.html"), html);
  return html;
}
