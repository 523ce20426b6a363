/**
 * Snapshot export of the configured database: wall time and this process's peak RSS.
 * Target (issue 3): the 100k-dataset bulk seed (+10k protocols, 1k labs) in ≤ 15 s, peak RSS ≤ 300 MB.
 *   npx tsx tests/harness/postgres-cli.ts            # prints DATABASE_URL=…; keep it running
 *   DATABASE_URL=… npm run seed:bulk -- --datasets 100000
 *   DATABASE_URL=… npm run bench -- export [--runs 1] [--data-dir DIR] [--json]
 * Without DATABASE_URL it exports the PGlite database in $CYANEA_DATA_DIR. Snapshots go to a temp
 * dir (removed afterwards) unless --data-dir is given. Peak RSS is the kernel's high-water mark of
 * the whole process (getrusage maxrss), so it includes Node, tsx and the driver.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrate, openDb } from "../db/client";
import { runExport } from "../export/runner";
import { serverConfig } from "../lib/config/env";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { runs: { type: "string", default: "1" }, "data-dir": { type: "string" }, json: { type: "boolean", default: false } },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs must be an integer in [1, 20], got "${values.runs}"`);

const TARGET_SECONDS = 15;
const TARGET_RSS_MB = 300;
const mb = (bytes: number) => bytes / (1024 * 1024);

process.env.CYANEA_LOG_LEVEL ??= "warn";
const cfg = serverConfig();
const ownDir = !values["data-dir"];
const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-bench-export-"));
const handle = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir, maxConnections: 3 });
try {
  await migrate(handle);
  const [rows] = await handle.query<Record<string, number>>(
    `select (select count(*)::int from datasets) as datasets, (select count(*)::int from protocols) as protocols,
            (select count(*)::int from labs) as labs, (select count(*)::int from activity_events) as events, (select count(*)::int from stars) as stars`,
  );
  const baselineRss = process.memoryUsage().rss;
  const results: { seconds: number; snapshotId: string; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await runExport(handle, { dataDir, now: new Date(), trigger: "cli", retain: 2 });
    const bytes = fs.readdirSync(result.dir).reduce((n, f) => n + fs.statSync(path.join(result.dir, f)).size, 0);
    results.push({ seconds: result.durationMs / 1000, snapshotId: result.snapshotId, bytes });
  }
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const worst = Math.max(...results.map((r) => r.seconds));
  const summary = {
    db: handle.kind,
    rows,
    runs: results,
    worstSeconds: worst,
    baselineRssMb: Math.round(mb(baselineRss)),
    peakRssMb: Math.round(mb(peakRssBytes)),
    targets: { seconds: TARGET_SECONDS, peakRssMb: TARGET_RSS_MB, met: worst <= TARGET_SECONDS && mb(peakRssBytes) <= TARGET_RSS_MB },
  };
  if (values.json) console.log(JSON.stringify(summary));
  else {
    console.log(`export bench on ${handle.kind}: ${JSON.stringify(rows)}`);
    for (const r of results) console.log(`  ${r.snapshotId}: ${r.seconds.toFixed(2)} s, snapshot ${mb(r.bytes).toFixed(1)} MB`);
    console.log(
      `export: worst ${worst.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s: ${worst <= TARGET_SECONDS ? "met" : "NOT met"}), ` +
        `peak RSS ${summary.peakRssMb} MB (baseline ${summary.baselineRssMb} MB; target ≤ ${TARGET_RSS_MB} MB: ${mb(peakRssBytes) <= TARGET_RSS_MB ? "met" : "NOT met"})`,
    );
  }
} finally {
  await handle.close();
  if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
