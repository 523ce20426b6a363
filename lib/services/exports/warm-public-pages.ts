import { serverConfig } from "@/lib/config/env";
import { log } from "@/lib/log/logger";
import { loadLatestSnapshot } from "@/lib/snapshots/reader";
import { sitemapEntries } from "@/lib/snapshots/sitemap";

const CONCURRENCY = 2;
const REQUEST_TIMEOUT_MS = 10_000;
const TOTAL_BUDGET_MS = 60_000;

/**
 * Renders the new snapshot's main public pages into the page cache right after an export, by
 * requesting them from this server over loopback as an anonymous visitor: the landing page,
 * explore and trending, then labs, protocols, spaces, categories and datasets (the sitemap's
 * order), at most `CYANEA_WARM_PAGES` pages (default 100; 0 turns this off), two at a time,
 * within a minute. The page cache would render each
 * on its first visit anyway (it compares the entry's snapshot with `latest`); this only spares the
 * first visitors after an export that wait. Never throws.
 */
export async function warmPublicPages(dataDir: string, port = serverConfig().port, limit = serverConfig().warmPages): Promise<{ pages: number; failed: number }> {
  const started = Date.now();
  let pages = 0;
  let failed = 0;
  try {
    const snap = await loadLatestSnapshot(dataDir);
    if (!snap || limit === 0) return { pages, failed };
    const paths = (await sitemapEntries(snap)).slice(0, limit).map((e) => e.path);
    const next = () => paths.shift();
    const worker = async () => {
      for (let p = next(); p !== undefined && Date.now() - started < TOTAL_BUDGET_MS; p = next()) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}${p}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), headers: { "user-agent": "Mozilla/5.0 (compatible; cyanea-page-warmer)" } });
          await res.arrayBuffer();
          if (res.ok) pages += 1;
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    log.info("public pages rendered for the new snapshot", { snapshotId: snap.id, pages, failed, durationMs: Date.now() - started });
  } catch (err) {
    log.warn("public page warm-up failed", { code: "page_warmup_failed", error: String(err) });
  }
  return { pages, failed };
}
