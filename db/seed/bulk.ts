/**
 * Adds synthetic rows to the configured database for scale tests and benchmarks:
 *   npx tsx db/seed/bulk.ts --datasets 100000 [--protocols 10000] [--labs 1000] [--users 2000] [--now ISO] [--jobs 2]
 * (also `npm run seed:bulk -- …`). DATABASE_URL → PostgreSQL, else PGlite in $CYANEA_DATA_DIR/pglite.
 * Defaults scale with --datasets: protocols = datasets/10, labs = datasets/100, users = 2 × labs.
 *
 * Idempotent: bulk row i always gets the same id and content (given --now); a re-run keeps the rows
 * that exist and only tops up to the requested numbers. --jobs: batches in parallel (PostgreSQL only).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { serverConfig } from "@/lib/config/env";
import { DiskBlobStorage } from "@/lib/storage/disk-blob-storage";
import { migrate, openDb } from "../client";
import { type BulkTargets, TABLES, runBulk } from "./bulk-run";

function parseTargets(argv: string[]): BulkTargets {
  const { values } = parseArgs({
    args: argv,
    options: {
      datasets: { type: "string" },
      protocols: { type: "string" },
      labs: { type: "string" },
      users: { type: "string" },
      now: { type: "string" },
      jobs: { type: "string" },
    },
    strict: true,
  });
  const count = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  const datasets = count("datasets", values.datasets, 100_000);
  const labs = count("labs", values.labs, Math.max(10, Math.round(datasets / 100)));
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be an ISO date, got "${values.now}"`);
  return {
    datasets,
    protocols: count("protocols", values.protocols, Math.round(datasets / 10)),
    labs,
    users: count("users", values.users, Math.max(20, labs * 2)),
    now,
    jobs: Math.max(1, count("jobs", values.jobs, 2)),
  };
}

async function main() {
  const targets = parseTargets(process.argv.slice(2));
  const cfg = serverConfig();
  const started = performance.now();
  const handle = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir, maxConnections: (targets.jobs ?? 2) + 1 });
  try {
    console.log(`bulk seed → ${handle.kind}${handle.kind === "pglite" ? ` (${path.join(cfg.dataDir, "pglite")})` : ""}`);
    await migrate(handle);
    const { before, after } = await runBulk(handle, new DiskBlobStorage(path.join(cfg.dataDir, "files")), targets, (line) => console.log(line));
    console.log("table            before      after      added");
    for (const t of TABLES) {
      const b = before[t] ?? 0;
      const a = after[t] ?? 0;
      console.log(`${t.padEnd(15)} ${String(b).padStart(7)} ${String(a).padStart(10)} ${String(a - b).padStart(10)}`);
    }
    console.log(`elapsed ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
