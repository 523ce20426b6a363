/**
 * One snapshot export: stream every public collection from the database into a private temp dir
 * (each file fsynced, hashed while written), write manifest.json last, move the dir into place and
 * switch `latest` atomically, prune old snapshots, and record the run in `export_runs`.
 *
 * Failure at any step (database error, full disk, a throwing writer) removes the half-written dir,
 * leaves `latest` on the previous complete snapshot, records the run as failed with the error and
 * rethrows. A process killed mid-run leaves a `.tmp-*` dir that a later run prunes, and a `running`
 * row that the next locked run marks failed (export/lock.ts).
 *
 * Does not take the export lock: callers that can race (scheduler, admin trigger, CLI) go through
 * `runExportLocked` in export/scheduler.ts.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { DbHandle } from "@/db/client";
import { finishExportRun, insertExportRun, type ExportTrigger } from "@/db/queries/export-runs";
import {
  type ActiveLabRow,
  type CategoryKind,
  type CategoryRow,
  type DatasetExportRow,
  type LabExportRow,
  type ListItemRow,
  type ProtocolExportRow,
  type SpaceExportRow,
  type StatsRow,
  activeLabsSql,
  categoryQuery,
  datasetsQuery,
  labsQuery,
  protocolsQuery,
  recentDatasetsSql,
  spacesQuery,
  statsSql,
} from "@/db/queries/export-snapshot";
import { type ReadSession, type StreamQuery, openReadSessions, streamRows } from "@/db/queries/export-stream";
import { log } from "@/lib/log/logger";
import { JsonFileWriter, type WrittenFile } from "./json-file";
import { toActiveLab, toDataset, toLab, toListItem, toProtocol, toSpace } from "./projections";
import {
  ACTIVE_LAB_DAYS,
  ACTIVE_LAB_LIMIT,
  CATEGORY_LIST_LIMIT,
  type CategoryListing,
  RECENT_LIMIT,
  SNAPSHOT_FILE_NAMES,
  SNAPSHOT_SCHEMA_VERSION,
  type SnapshotFileName,
  type SnapshotId,
  type SnapshotManifest,
  type SnapshotStats,
} from "./snapshot-schema";
import { discardSnapshot, exportsDir, fsyncDir, newSnapshotId, pruneSnapshots, publishSnapshot, tmpDirOf } from "./snapshot-store";
import { computeTrending } from "./trending";

export const DEFAULT_RETAIN = 5;

export interface ExportOptions {
  /** `$CYANEA_DATA_DIR`: snapshots go to `<dataDir>/exports/`. */
  dataDir: string;
  /** The export clock: snapshot id, generatedAt, trending and "recent" windows all derive from it. */
  now: Date;
  trigger: ExportTrigger;
  /** User id of whoever asked (admin trigger). */
  triggeredBy?: string;
  /** Snapshots to keep (default 5); the one `latest` names is never deleted. */
  retain?: number;
  /** Use this already inserted `export_runs` row instead of creating one (the admin trigger does). */
  runId?: string;
  /** Progress callback after each streamed batch and each finished file; an exception aborts the export. */
  onProgress?: (file: SnapshotFileName, items: number, done: boolean) => void | Promise<void>;
}

export interface ExportResult {
  runId: string;
  snapshotId: SnapshotId;
  /** Absolute path of the published snapshot directory. */
  dir: string;
  counts: Record<SnapshotFileName, number>;
  durationMs: number;
}

const MAX_ERROR_CHARS = 2000;

function errorText(err: unknown): string {
  const e = err as { message?: unknown; cause?: { code?: unknown } };
  const msg = typeof e?.message === "string" ? e.message : String(err);
  const code = typeof e?.cause?.code === "string" ? ` (${e.cause.code})` : "";
  return `${msg}${code}`.slice(0, MAX_ERROR_CHARS);
}

type Progress = NonNullable<ExportOptions["onProgress"]>;

/** Streams `query` into `name` as a JSON array, one mapped element per row. */
async function writeStreamed<R extends Record<string, unknown>>(
  session: ReadSession,
  dir: string,
  name: SnapshotFileName,
  query: StreamQuery,
  params: unknown[],
  map: (row: R) => unknown,
  progress: Progress,
): Promise<WrittenFile> {
  const out = await JsonFileWriter.create(path.join(dir, name));
  try {
    let items = 0;
    for await (const batch of streamRows<R>(session, query, params)) {
      for (const row of batch) await out.item(map(row));
      items += batch.length;
      await progress(name, items, false);
    }
    const written = await out.close();
    await progress(name, written.items, true);
    return written;
  } catch (err) {
    await out.abort();
    throw err;
  }
}

/** Writes one small value (bounded size) as the whole file. */
async function writeValue(dir: string, name: SnapshotFileName, value: unknown, items: number, progress: Progress): Promise<WrittenFile> {
  const out = await JsonFileWriter.create(path.join(dir, name));
  try {
    await out.value(value, items);
    const written = await out.close();
    await progress(name, items, true);
    return written;
  } catch (err) {
    await out.abort();
    throw err;
  }
}

/** Writes a JSON array of already fetched (bounded) items. */
async function writeList(dir: string, name: SnapshotFileName, items: unknown[], progress: Progress): Promise<WrittenFile> {
  const out = await JsonFileWriter.create(path.join(dir, name));
  try {
    for (const item of items) await out.item(item);
    const written = await out.close();
    await progress(name, written.items, true);
    return written;
  } catch (err) {
    await out.abort();
    throw err;
  }
}

/** One category file: rows arrive in (value, rank) order, so only the current category is held. */
async function writeCategories(session: ReadSession, dir: string, kind: CategoryKind, progress: Progress): Promise<WrittenFile> {
  const name = `by-${kind}.json` as SnapshotFileName;
  const out = await JsonFileWriter.create(path.join(dir, name));
  try {
    let current: CategoryListing | null = null;
    for await (const batch of streamRows<CategoryRow>(session, categoryQuery(kind), [CATEGORY_LIST_LIMIT])) {
      for (const row of batch) {
        if (!current || current.value !== row.value) {
          if (current) await out.item(current);
          current = { kind, value: row.value, count: row.total, datasets: [] };
        }
        current.datasets.push(toListItem(row));
      }
      await progress(name, out.itemCount, false);
    }
    if (current) await out.item(current);
    const written = await out.close();
    await progress(name, written.items, true);
    return written;
  } catch (err) {
    await out.abort();
    throw err;
  }
}

/**
 * Every collection file of the snapshot, written into `dir`, in two lanes that share one database
 * snapshot: the big datasets file and two category files on one session, everything else on the
 * other (about equal database time each on the 100k bulk seed). A failure in one
 * lane stops the other at its next batch, and both have settled before this returns or throws.
 */
async function writeCollections(sessions: ReadSession[], dir: string, now: Date, progress: Progress): Promise<Record<SnapshotFileName, WrittenFile>> {
  const files = {} as Record<SnapshotFileName, WrittenFile>;
  let failure: unknown = null;
  const guarded: Progress = async (file, items, done) => {
    if (failure) throw failure;
    await progress(file, items, done);
  };
  const lanes = [
    async () => {
      const session = sessions[0]!;
      files["datasets.json"] = await writeStreamed<DatasetExportRow>(session, dir, "datasets.json", datasetsQuery, [], toDataset, guarded);
      for (const kind of ["format", "organism"] as const) files[`by-${kind}.json`] = await writeCategories(session, dir, kind, guarded);
    },
    () => writeRest(sessions[1] ?? sessions[0]!, dir, now, guarded, files),
  ];
  const settled = await Promise.allSettled(
    lanes.map((lane) =>
      lane().catch((err: unknown) => {
        failure ??= err;
        throw err;
      }),
    ),
  );
  if (failure) throw failure;
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  return files;
}

/** Everything but datasets.json, by-format.json and by-organism.json. */
async function writeRest(session: ReadSession, dir: string, now: Date, progress: Progress, files: Record<SnapshotFileName, WrittenFile>): Promise<void> {
  files["protocols.json"] = await writeStreamed<ProtocolExportRow>(session, dir, "protocols.json", protocolsQuery, [], toProtocol, progress);
  files["spaces.json"] = await writeStreamed<SpaceExportRow>(session, dir, "spaces.json", spacesQuery, [], toSpace, progress);
  files["labs.json"] = await writeStreamed<LabExportRow>(session, dir, "labs.json", labsQuery, [], toLab, progress);

  const trending = await computeTrending(session, now);
  files["trending.json"] = await writeValue(dir, "trending.json", trending, trending.datasets.length + trending.protocols.length + trending.spaces.length, progress);

  const recent = await session.query<ListItemRow>(recentDatasetsSql, [RECENT_LIMIT]);
  files["recent.json"] = await writeList(dir, "recent.json", recent.map(toListItem), progress);

  const active = await session.query<ActiveLabRow>(activeLabsSql, [now.toISOString(), ACTIVE_LAB_DAYS, ACTIVE_LAB_LIMIT]);
  files["active-labs.json"] = await writeList(dir, "active-labs.json", active.map(toActiveLab), progress);

  files["by-tag.json"] = await writeCategories(session, dir, "tag", progress);

  const [s] = await session.query<StatsRow>(statsSql, [now.toISOString()]);
  if (!s) throw new Error("stats query returned no row");
  const stats: SnapshotStats = {
    datasets: s.datasets,
    protocols: s.protocols,
    spaces: s.spaces,
    labs: s.labs,
    contributors: s.contributors,
    files: s.files,
    totalSizeBytes: Number(s.total_size_bytes),
    datasetsByFormat: JSON.parse(s.by_format) as Record<string, number>,
    datasetsPublishedLast30Days: s.published_last_30_days,
  };
  files["stats.json"] = await writeValue(dir, "stats.json", stats, 1, progress);
}

/** Runs one export end to end; see the file comment for the guarantees. Throws after recording a failure. */
export async function runExport(handle: DbHandle, opts: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  const progress: Progress = opts.onProgress ?? (() => {});
  const runId = opts.runId ?? (await insertExportRun(handle.db, { trigger: opts.trigger, triggeredBy: opts.triggeredBy, startedAt: new Date() }));
  const root = exportsDir(opts.dataDir);
  let snapshotId = newSnapshotId(opts.now);
  let created = false;
  let sessions: ReadSession[] = [];
  try {
    await fs.mkdir(root, { recursive: true });
    // Two exports in the same second share the timestamp; 16 random bits make a clash unlikely and
    // this loop makes it harmless (never reuse, and never clean up, a directory we did not create).
    for (let attempt = 0; ; attempt++) {
      const taken = await fs.access(path.join(root, snapshotId)).then(
        () => true,
        () => false,
      );
      if (!taken) {
        try {
          await fs.mkdir(tmpDirOf(opts.dataDir, snapshotId));
          created = true;
          break;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 8) throw err;
        }
      } else if (attempt >= 8) throw new Error(`snapshot id ${snapshotId} already exists`);
      snapshotId = newSnapshotId(opts.now);
    }
    const tmp = tmpDirOf(opts.dataDir, snapshotId);
    sessions = await openReadSessions(handle, 2);
    const files = await writeCollections(sessions, tmp, opts.now, progress);
    const open = sessions;
    sessions = [];
    const closed = await Promise.allSettled(open.map((s) => s.close(true)));
    for (const c of closed) if (c.status === "rejected") throw c.reason;

    const counts = {} as Record<SnapshotFileName, number>;
    const hashes = {} as SnapshotManifest["files"];
    for (const name of SNAPSHOT_FILE_NAMES) {
      counts[name] = files[name].items;
      hashes[name] = { sha256: files[name].sha256, bytes: files[name].bytes };
    }
    const manifest: SnapshotManifest = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, snapshotId, generatedAt: opts.now.toISOString(), counts, files: hashes };
    const out = await JsonFileWriter.create(path.join(tmp, "manifest.json"));
    await out.value(manifest, 1);
    await out.close();
    await fsyncDir(tmp);

    const dir = await publishSnapshot(opts.dataDir, snapshotId);
    const durationMs = Math.round(performance.now() - started);
    // The snapshot is live from here on: a failure to prune or to record must not undo it.
    try {
      await pruneSnapshots(opts.dataDir, opts.retain ?? DEFAULT_RETAIN);
    } catch (err) {
      log.warn("export retention failed", { snapshotId, code: "export_prune_failed", error: errorText(err) });
    }
    await finishExportRun(handle.db, runId, { status: "succeeded", finishedAt: new Date(), durationMs, snapshotId, counts, error: null }).catch((e: unknown) =>
      log.error("export run not recorded", { runId, snapshotId, code: "export_record_failed", error: errorText(e) }),
    );
    log.info("export succeeded", { runId, snapshotId, durationMs, trigger: opts.trigger, counts });
    return { runId, snapshotId, dir, counts, durationMs };
  } catch (err) {
    for (const s of sessions) await s.close(false).catch(() => {});
    if (created) await discardSnapshot(opts.dataDir, snapshotId).catch(() => {});
    const durationMs = Math.round(performance.now() - started);
    const error = errorText(err);
    log.error("export failed", { runId, snapshotId, durationMs, trigger: opts.trigger, code: "export_failed", error });
    await finishExportRun(handle.db, runId, { status: "failed", finishedAt: new Date(), durationMs, snapshotId: null, counts: null, error }).catch((e: unknown) =>
      log.error("export run not recorded", { runId, code: "export_record_failed", error: errorText(e) }),
    );
    throw err;
  }
}
