/**
 * Runs one snapshot export from the shell and prints its summary as JSON:
 *   npx tsx export/cli.ts [--data-dir DIR] [--retain N]      (also `npx cyanea export`)
 * DATABASE_URL → PostgreSQL, else PGlite in $CYANEA_DATA_DIR/pglite (migrated, never seeded).
 * Snapshots go to `<data dir>/exports/` (default $CYANEA_DATA_DIR, else .data). Exits 1 on failure,
 * 2 when another instance is exporting right now.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { migrate, openDb } from "@/db/client";
import { serverConfig } from "@/lib/config/env";
import { DEFAULT_RETAIN } from "./runner";
import { runExportLocked } from "./scheduler";

export interface ExportSummary {
  db: string;
  runId: string;
  snapshotId: string;
  dir: string;
  durationMs: number;
  counts: Record<string, number>;
}

/**
 * One locked export against the configured database into `dataDir/exports`; `running` when another
 * instance holds the lock. PGlite opens in `pgliteDataDir` (default $CYANEA_DATA_DIR).
 */
export async function exportSnapshot(opts: { dataDir: string; retain: number; pgliteDataDir?: string }): Promise<ExportSummary | { status: "running"; runId: string | null }> {
  const cfg = serverConfig();
  const handle = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: opts.pgliteDataDir ?? cfg.dataDir, maxConnections: 3 });
  try {
    await migrate(handle);
    const result = await runExportLocked(handle, { dataDir: opts.dataDir, trigger: "cli", retain: opts.retain });
    if ("status" in result) return { status: "running", runId: result.runId ?? null };
    return { db: handle.kind, runId: result.runId, snapshotId: result.snapshotId, dir: result.dir, durationMs: result.durationMs, counts: result.counts };
  } finally {
    await handle.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { "data-dir": { type: "string" }, retain: { type: "string" } },
    strict: true,
  });
  const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : serverConfig().dataDir;
  const retain = values.retain === undefined ? DEFAULT_RETAIN : Number(values.retain);
  if (!Number.isInteger(retain) || retain < 1) throw new Error(`--retain must be a positive integer, got "${values.retain}"`);
  const result = await exportSnapshot({ dataDir, retain });
  if ("status" in result) {
    console.error(`another export is running (run ${result.runId ?? "unknown"}); try again later`);
    return 2;
  }
  console.log(JSON.stringify(result, null, 2));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`export failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
