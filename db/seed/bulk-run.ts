import { sql } from "drizzle-orm";
import type { BlobStorage } from "@/lib/storage";
import type { DbHandle } from "../client";
import * as Q from "./bulk-sql";
import { seedIfEmpty } from "./demo";
import { SEED_DATASETS } from "./demo-datasets";
import { seedUuid } from "./seed-random";

/** How many bulk rows of each kind should exist after the run, and the clock they are relative to. */
export interface BulkTargets {
  datasets: number;
  protocols: number;
  labs: number;
  users: number;
  now: Date;
  /** Batches run at once (separate connections); PGlite has one connection, so 1 there. */
  jobs?: number;
}

/** Rows per statement. Batch boundaries are fixed (1, 1+B, 1+2B, …) so re-runs line up with earlier runs. */
const BATCH = { users: 5_000, labs: 2_000, datasets: 10_000, protocols: 5_000 } as const;

export const TABLES = ["users", "labs", "lab_members", "datasets", "dataset_files", "protocols", "protocol_steps", "stars", "activity_events"] as const;

/** Row counts of the tables bulk writes to. */
export async function tableCounts(handle: DbHandle): Promise<Record<string, number>> {
  const parts = TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(", ");
  const [row] = await handle.query<Record<string, number>>(`SELECT ${parts}`);
  return row ?? {};
}

async function exists(handle: DbHandle, table: string, kind: string, i: number): Promise<boolean> {
  const [row] = await handle.query<{ present: boolean }>(Q.existsSql(table, kind, i));
  return row?.present === true;
}

interface Phase {
  label: string;
  table: string;
  kind: string;
  target: number;
  batch: number;
  statement: (r: Q.Range) => string;
}

/**
 * Runs a phase's batches, `jobs` at a time. Each batch is one statement (atomic), so a batch whose
 * first and last rows exist is complete and skipped; any other batch is (re)run, and ON CONFLICT
 * makes the rows that already exist, and their dependents, no-ops.
 */
async function runPhase(handle: DbHandle, phase: Phase, jobs: number, log: (line: string) => void): Promise<void> {
  const ranges: Q.Range[] = [];
  for (let from = 1; from <= phase.target; from += phase.batch) ranges.push({ from, to: Math.min(phase.target, from + phase.batch - 1) });
  let next = 0;
  const worker = async () => {
    for (let r = ranges[next++]; r; r = ranges[next++]) {
      if ((await exists(handle, phase.table, phase.kind, r.from)) && (await exists(handle, phase.table, phase.kind, r.to))) continue;
      const t0 = performance.now();
      await handle.db.transaction(async (tx) => {
        // The generated expressions are long, so cost estimates cross jit_above_cost and LLVM would
        // spend seconds compiling statements that run in milliseconds.
        await tx.execute(sql.raw("SET LOCAL jit = off"));
        await tx.execute(sql.raw(phase.statement(r)));
      });
      log(`  ${phase.label} ${r.from}–${r.to} (${Math.round(performance.now() - t0)} ms)`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
}

/**
 * Makes sure the demo seed exists, then tops bulk rows up to `targets` (rows already there are kept).
 * Returns row counts per table before and after.
 */
export async function runBulk(
  handle: DbHandle,
  storage: BlobStorage,
  targets: BulkTargets,
  log: (line: string) => void = () => {},
): Promise<{ before: Record<string, number>; after: Record<string, number> }> {
  const demo = await seedIfEmpty(handle, storage, { now: targets.now });
  log(demo ? `demo seed: ${JSON.stringify(demo.counts)}` : "demo seed: already present");
  const before = await tableCounts(handle);
  if (targets.users < 9 && (targets.labs > 0 || targets.datasets > 0 || targets.protocols > 0)) {
    throw new Error("bulk rows need at least 9 bulk users (--users)");
  }
  const jobs = handle.kind === "pglite" ? 1 : (targets.jobs ?? 2);
  const now = `${Q.lit(targets.now.toISOString())}::timestamptz`;
  const { users, labs } = targets;
  const seedFileIds = SEED_DATASETS.flatMap((d) => d.files.map((name) => seedUuid("dataset_file", `${d.slug}/${name}`)));

  // Users before labs (members), labs before datasets and protocols (owners come from lab members).
  await runPhase(handle, { label: "users", table: "users", kind: "user", target: users, batch: BATCH.users, statement: (r) => Q.usersSql(r, now) }, jobs, log);
  await runPhase(handle, { label: "labs", table: "labs", kind: "lab", target: labs, batch: BATCH.labs, statement: (r) => Q.labsSql(r, now, users) }, jobs, log);
  await runPhase(
    handle,
    { label: "datasets", table: "datasets", kind: "dataset", target: targets.datasets, batch: BATCH.datasets, statement: (r) => Q.datasetsSql(r, now, labs, users, seedFileIds) },
    jobs,
    log,
  );
  await runPhase(
    handle,
    { label: "protocols", table: "protocols", kind: "protocol", target: targets.protocols, batch: BATCH.protocols, statement: (r) => Q.protocolsSql(r, now, labs, users) },
    jobs,
    log,
  );
  // Fresh planner statistics: list queries over 100k rows choose their indexes from these.
  await handle.query(`ANALYZE ${TABLES.join(", ")}`);
  return { before, after: await tableCounts(handle) };
}
