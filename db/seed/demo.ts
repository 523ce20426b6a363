import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { BlobStorage } from "@/lib/storage";
import type { Db, DbHandle } from "../client";
import { activityEvents, apiKeys, datasetFiles, datasets, labMembers, labs, protocolSteps, protocols, spaces, stars, users } from "../schema";
import { DEMO_ADMIN, DEMO_COLLEAGUE_PASSWORD, DEMO_RESEARCHER } from "./demo-accounts";
import { type DemoRows, buildDemoRows, seedFileNames } from "./demo-rows";
import { ingestSeedFiles } from "./ingest";

export interface SeedOptions {
  /** The seed's clock: every timestamp is relative to it, so two seeds with the same `now` are identical. */
  now: Date;
  /** Folder of the real files; defaults to `db/seed/data`. */
  dataDir?: string;
}

export interface SeedCounts {
  users: number;
  apiKeys: number;
  labs: number;
  labMembers: number;
  datasets: number;
  datasetFiles: number;
  protocols: number;
  protocolSteps: number;
  spaces: number;
  stars: number;
  activityEvents: number;
}

export interface SeedReport {
  counts: SeedCounts;
  /** Blobs written to storage by this run (0 when they were already stored: content addressing dedupes). */
  blobsCreated: number;
  elapsedMs: number;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Serialises concurrent seeders (two app instances starting on one empty database). */
const SEED_LOCK_KEY = 0x6379_616e_6561; // "cyanea"
/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters for the widest table. */
const BATCH_ROWS = 500;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) await insert(rows.slice(i, i + BATCH_ROWS));
}

/** Inserts in foreign-key order. */
async function insertAll(tx: Tx, rows: DemoRows): Promise<void> {
  await tx.insert(users).values(rows.users);
  await tx.insert(apiKeys).values(rows.apiKeys);
  await tx.insert(labs).values(rows.labs);
  await tx.insert(labMembers).values(rows.labMembers);
  await tx.insert(datasets).values(rows.datasets);
  await tx.insert(datasetFiles).values(rows.datasetFiles);
  // Parents before forks: the self-reference must exist when the fork row is checked.
  const byFork = <T extends { forkedFromId?: string | null }>(list: T[]) => [...list.filter((r) => !r.forkedFromId), ...list.filter((r) => r.forkedFromId)];
  await tx.insert(protocols).values(byFork(rows.protocols));
  await tx.insert(protocolSteps).values(rows.protocolSteps);
  await tx.insert(spaces).values(byFork(rows.spaces));
  await insertInBatches(rows.stars, (b) => tx.insert(stars).values(b));
  await insertInBatches(rows.events, (b) => tx.insert(activityEvents).values(b));
}

function countsOf(rows: DemoRows): SeedCounts {
  return {
    users: rows.users.length,
    apiKeys: rows.apiKeys.length,
    labs: rows.labs.length,
    labMembers: rows.labMembers.length,
    datasets: rows.datasets.length,
    datasetFiles: rows.datasetFiles.length,
    protocols: rows.protocols.length,
    protocolSteps: rows.protocolSteps.length,
    spaces: rows.spaces.length,
    stars: rows.stars.length,
    activityEvents: rows.events.length,
  };
}

async function hasUsers(db: Db | Tx): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

async function run(handle: DbHandle, storage: BlobStorage, opts: SeedOptions, onlyIfEmpty: boolean): Promise<SeedReport | null> {
  const started = performance.now();
  // Cheap check first, so a restart of a seeded instance hashes no passwords and touches no files.
  if (onlyIfEmpty && (await hasUsers(handle.db))) return null;

  // Slow, idempotent work stays outside the transaction: blobs are content-addressed (a rolled-back
  // seed leaves at most unreferenced blobs that a re-run reuses), and scrypt takes ~0.1 s per hash.
  const { files, blobsCreated } = await ingestSeedFiles(storage, seedFileNames(), opts.dataDir);
  const [researcher, admin, colleague] = await Promise.all([hashPassword(DEMO_RESEARCHER.password), hashPassword(DEMO_ADMIN.password), hashPassword(DEMO_COLLEAGUE_PASSWORD)]);
  const rows = buildDemoRows(opts.now, files, { researcher, admin, colleague });

  const seeded = await handle.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    // Re-check under the lock: another instance may have seeded while we were hashing.
    if (onlyIfEmpty && (await hasUsers(tx))) return false;
    await insertAll(tx, rows);
    return true;
  });
  if (!seeded) return null;
  return { counts: countsOf(rows), blobsCreated, elapsedMs: Math.round(performance.now() - started) };
}

/**
 * Seeds the demo world in one transaction (all or nothing). Deterministic: ids are derived from
 * names and timestamps from `opts.now`. Fails on a database that already holds any of its rows.
 */
export async function seedDemo(handle: DbHandle, storage: BlobStorage, opts: SeedOptions): Promise<SeedReport> {
  const report = await run(handle, storage, opts, false);
  if (!report) throw new Error("seed: unreachable, an unconditional seed always reports");
  return report;
}

/** Seeds only when the `users` table is empty; returns the report, or null when nothing was done. */
export async function seedIfEmpty(handle: DbHandle, storage: BlobStorage, opts: SeedOptions): Promise<SeedReport | null> {
  return run(handle, storage, opts, true);
}
