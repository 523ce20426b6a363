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
const NOT_FOUND_PROBE = "/datasets/--cyanea-not-found--";

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
    await fs.cp(path.join(opts.root, opts.distDir ?? ".next", "static"), path.join(tmp, "_next", "static"), { recursive: true });

    const crawl = await crawlSite({ origin, outDir: tmp, maxPages: opts.maxPages ?? DEFAULT_MAX_PAGES, extraPaths });
    await writeNotFoundPage(origin, tmp);
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

/** `404.html` (the convention of static hosts; nginx: `error_page 404 /404.html`) from the public not-found page. */
async function writeNotFoundPage(origin: string, dir: string): Promise<void> {
  const res = await fetch(origin + NOT_FOUND_PROBE, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 404 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) throw new Error(`the not-found page answered ${res.status}, expected a 404 HTML page`);
  await fs.writeFile(path.join(dir, "404.html"), body);
}
