/**
 * Runs one snapshot export from the shell and prints its summary as JSON:
 *   npx tsx export/cli.ts [--data-dir DIR] [--retain N]
 * DATABASE_URL → PostgreSQL, else PGlite in $CYANEA_DATA_DIR/pglite (migrated, never seeded).
 * Snapshots go to `<data dir>/exports/` (default $CYANEA_DATA_DIR, else .data). Exits 1 on failure,
 * 2 when another instance is exporting right now.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { migrate, openDb } from "@/db/client";
import { serverConfig } from "@/lib/config/env";
import { DEFAULT_RETAIN } from "./runner";
import { runExportLocked } from "./scheduler";

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { "data-dir": { type: "string" }, retain: { type: "string" } },
    strict: true,
  });
  const cfg = serverConfig();
  const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : cfg.dataDir;
  const retain = values.retain === undefined ? DEFAULT_RETAIN : Number(values.retain);
  if (!Number.isInteger(retain) || retain < 1) throw new Error(`--retain must be a positive integer, got "${values.retain}"`);

  const handle = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir, maxConnections: 3 });
  try {
    await migrate(handle);
    const result = await runExportLocked(handle, { dataDir, trigger: "cli", retain });
    if ("status" in result) {
      console.error(`another export is running (run ${result.runId ?? "unknown"}); try again later`);
      return 2;
    }
    console.log(JSON.stringify({ db: handle.kind, runId: result.runId, snapshotId: result.snapshotId, dir: result.dir, durationMs: result.durationMs, counts: result.counts }, null, 2));
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`export failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
