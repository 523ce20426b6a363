import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { datasetsQuery } from "@/db/queries/export-snapshot";
import { openReadSession, streamRows } from "@/db/queries/export-stream";
import { findExportRun } from "@/db/queries/export-runs";
import { startScheduler, triggerExport } from "./scheduler";
import { type ExportOptions, runExport } from "./runner";
import { SNAPSHOT_FILE_NAMES, SNAPSHOT_ID_PATTERN, type SnapshotDataset, type SnapshotFiles, type SnapshotProtocol, type SnapshotSpace } from "./snapshot-schema";
import { exportsDir, listSnapshotIds, pruneSnapshots } from "./snapshot-store";
import {
  PLANTED_PUBLIC,
  PLANTED_SECRETS,
  SEED_NOW,
  latestTarget,
  privateStrings,
  readManifest,
  seedExportFixture,
  sha256File,
  snapshotTexts,
  strayEntries,
} from "./test-fixtures";
import { TRENDING_WINDOW_DAYS, trendingScore } from "./trending";
import { tryAcquireExportLock } from "./lock";
import { type PostgresServer, startPostgres } from "@/tests/harness/postgres-server";

vi.mock("server-only", () => ({}));
// Failure tests log errors on purpose; keep the success chatter out of the test output.
process.env.CYANEA_LOG_LEVEL ??= "warn";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-export-test-"));
let handle: DbHandle;
/** The same fixture on a real PostgreSQL server (cursor path, advisory lock). */
let server: PostgresServer;
let pg: DbHandle;
let counter = 0;

/** A fresh data dir per test, so snapshots of one test never meet another's. */
function freshDataDir(): string {
  const dir = path.join(tmp, `data-${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const exportAt = (dataDir: string, extra: Partial<ExportOptions> = {}, on: DbHandle = handle) => runExport(on, { dataDir, now: SEED_NOW, trigger: "cli", ...extra });

function readJson<K extends keyof SnapshotFiles>(dir: string, name: K): SnapshotFiles[K] {
  return JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as SnapshotFiles[K];
}

beforeAll(async () => {
  // PGlite creation is the slow part (5–15 s): start PostgreSQL and seed it meanwhile.
  await Promise.all([
    (async () => {
      handle = await openDb({ dataDir: path.join(tmp, "db") });
      await seedExportFixture(handle, path.join(tmp, "files"));
    })(),
    (async () => {
      server = await startPostgres();
      pg = await openDb({ databaseUrl: server.url, dataDir: path.join(tmp, "pg-unused"), maxConnections: 4 });
      await seedExportFixture(pg, path.join(tmp, "pg-files"));
    })(),
  ]);
}, 180_000);

afterAll(async () => {
  await handle?.close();
  await pg?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("runExport on PGlite", () => {
  it("publishes a complete snapshot and switches latest to it; every file matches the manifest", async () => {
    const dataDir = freshDataDir();
    const result = await exportAt(dataDir, { trigger: "admin" });
    expect(result.snapshotId).toMatch(SNAPSHOT_ID_PATTERN);
    expect(result.snapshotId.startsWith("20261130T120000Z-")).toBe(true);
    expect(latestTarget(dataDir)).toBe(result.snapshotId);
    expect(result.dir).toBe(path.join(exportsDir(dataDir), result.snapshotId));
    expect(strayEntries(dataDir)).toEqual([]);

    const manifest = readManifest(result.dir);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.snapshotId).toBe(result.snapshotId);
    expect(manifest.generatedAt).toBe(SEED_NOW.toISOString());
    expect(Object.keys(manifest.files).sort()).toEqual([...SNAPSHOT_FILE_NAMES].sort());
    for (const name of SNAPSHOT_FILE_NAMES) {
      const file = path.join(result.dir, name);
      expect(sha256File(file), name).toBe(manifest.files[name].sha256);
      expect(fs.statSync(file).size, name).toBe(manifest.files[name].bytes);
      const value: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
      if (Array.isArray(value)) expect(value.length, name).toBe(manifest.counts[name]);
    }
    expect(manifest.counts).toEqual(result.counts);

    // Public demo content is there (so the privacy scan below is not vacuous).
    const datasets = readJson(result.dir, "datasets.json");
    expect(datasets.length).toBeGreaterThan(5);
    expect(datasets.map((d) => d.slug)).toEqual([...datasets.map((d) => d.slug)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const stats = readJson(result.dir, "stats.json");
    expect(stats.datasets).toBe(datasets.length);
    expect(readJson(result.dir, "recent.json")[0]?.slug).toBe(PLANTED_PUBLIC.datasetInHiddenLab);
    expect(readJson(result.dir, "by-format.json").map((c) => c.value)).toContain("fasta");
    expect(readJson(result.dir, "active-labs.json").length).toBeGreaterThan(0);

    const run = await findExportRun(handle.db, result.runId);
    expect(run).toMatchObject({ status: "succeeded", trigger: "admin", snapshotId: result.snapshotId, error: null });
    expect(run?.counts).toEqual(result.counts);
    expect(run?.durationMs).toBeGreaterThanOrEqual(0);
    expect(run?.finishedAt).toBeInstanceOf(Date);
  });

  it("a writer that throws mid-file leaves latest on the previous snapshot, removes the temp dir, records the failure", async () => {
    const dataDir = freshDataDir();
    const first = await exportAt(dataDir);
    let runId = "";
    const failing = exportAt(dataDir, {
      onProgress: (file, items, done) => {
        if (file === "protocols.json" && !done && items > 0) throw new Error("injected: disk full while writing protocols.json");
      },
    }).catch((err: unknown) => err);
    const err = await failing;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain("injected");
    expect(latestTarget(dataDir)).toBe(first.snapshotId);
    expect(await listSnapshotIds(dataDir)).toEqual([first.snapshotId]);
    expect(strayEntries(dataDir)).toEqual([]);
    const rows = await handle.query<{ id: string; status: string; error: string | null; snapshot_id: string | null; finished_at: unknown }>(
      "select id, status, error, snapshot_id, finished_at from export_runs where error like '%injected%'",
    );
    expect(rows).toHaveLength(1);
    runId = rows[0]!.id;
    expect(rows[0]).toMatchObject({ status: "failed", snapshot_id: null });
    expect(rows[0]!.finished_at).not.toBeNull();
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    // The previous snapshot is untouched and still verifies.
    const manifest = readManifest(path.join(exportsDir(dataDir), first.snapshotId));
    for (const name of SNAPSHOT_FILE_NAMES) expect(sha256File(path.join(exportsDir(dataDir), first.snapshotId, name))).toBe(manifest.files[name].sha256);
  });

  it("a database error mid-export keeps latest and records the error", async () => {
    const dataDir = freshDataDir();
    const first = await exportAt(dataDir);
    // Same database, but the spaces query fails as if the server went away after datasets/protocols were written.
    const broken: DbHandle = {
      ...handle,
      query: async <T,>(text: string, params?: unknown[]) => {
        if (text.includes("from spaces sp")) throw new Error("injected database error: connection terminated");
        return handle.query<T>(text, params);
      },
    };
    await expect(exportAt(dataDir, {}, broken)).rejects.toThrow(/injected database error/);
    expect(latestTarget(dataDir)).toBe(first.snapshotId);
    expect(await listSnapshotIds(dataDir)).toEqual([first.snapshotId]);
    expect(strayEntries(dataDir)).toEqual([]);
    const rows = await handle.query<{ status: string; error: string }>("select status, error from export_runs where error like '%connection terminated%'");
    expect(rows).toEqual([{ status: "failed", error: "injected database error: connection terminated" }]);
  });

  it("privacy: no private title, slug, email, hash or key appears in any snapshot file", async () => {
    const dataDir = freshDataDir();
    const { dir } = await exportAt(dataDir);
    const secrets = await privateStrings(handle);
    // The database scan finds the planted objects (and the demo's own private ones) by itself.
    for (const planted of ["Quokka Private Dataset Title", "zz-draft-dataset-slug", "Zebra Hidden Lab Name", "Axolotl Private Protocol Title", "zz-private-space-slug"]) {
      expect(secrets).toContain(planted);
    }
    expect(secrets.filter((s) => s.includes("@")).length).toBeGreaterThanOrEqual(9);
    const all = [...secrets, ...PLANTED_SECRETS];
    for (const [name, text] of snapshotTexts(dir)) {
      const lower = text.toLowerCase();
      for (const secret of all) expect(lower.includes(secret.toLowerCase()), `${name} contains "${secret}"`).toBe(false);
      // No field that could carry private data, at any depth.
      const keys = new Set<string>();
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") {
          for (const [k, child] of Object.entries(v)) {
            keys.add(k);
            walk(child);
          }
        }
      };
      walk(JSON.parse(text));
      for (const k of ["email", "passwordHash", "password_hash", "secretHash", "prefix", "ownerId", "userId", "members", "visibility", "storageKey"]) {
        expect(keys.has(k), `${name} has key ${k}`).toBe(false);
      }
    }
    // Public objects next to private ones are exported with the private link cut.
    const datasets = readJson(dir, "datasets.json");
    expect(datasets.find((d: SnapshotDataset) => d.slug === PLANTED_PUBLIC.datasetInHiddenLab)?.lab).toBeNull();
    const protocols = readJson(dir, "protocols.json");
    expect(protocols.find((p: SnapshotProtocol) => p.slug === PLANTED_PUBLIC.forkOfPrivate)?.forkedFrom).toBeNull();
    const spaces = readJson(dir, "spaces.json");
    expect(spaces.find((s: SnapshotSpace) => s.slug === PLANTED_PUBLIC.spaceOnPrivate)?.dataset).toBeNull();
    expect(readJson(dir, "labs.json").every((l) => !("members" in l))).toBe(true);
  });

  it("determinism: two exports at the same clock give byte-identical collection files", async () => {
    const a = await exportAt(freshDataDir());
    const b = await exportAt(freshDataDir());
    expect(a.snapshotId).not.toBe(b.snapshotId);
    const ma = readManifest(a.dir);
    const mb = readManifest(b.dir);
    expect(mb.files).toEqual(ma.files);
    expect(mb.counts).toEqual(ma.counts);
    for (const name of SNAPSHOT_FILE_NAMES) expect(fs.readFileSync(path.join(b.dir, name)).equals(fs.readFileSync(path.join(a.dir, name))), name).toBe(true);
    expect({ ...mb, snapshotId: ma.snapshotId }).toEqual(ma);
  });

  it("trending matches the documented formula, ranks only public objects, ties by id", async () => {
    const { dir } = await exportAt(freshDataDir());
    const trending = readJson(dir, "trending.json");
    expect(trending).toMatchObject({ windowDays: 30, halfLifeDays: 3, weights: { star: 3, fork: 4, download: 2, view: 1 } });
    expect(trending.datasets.length).toBeGreaterThan(3);
    for (const list of [trending.datasets, trending.protocols, trending.spaces]) {
      list.forEach((e, i) => expect(e.rank).toBe(i + 1));
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
    }
    const top = trending.datasets[0]!;
    const id = (await handle.query<{ id: string }>("select id::text as id from datasets where slug = $1", [top.slug]))[0]!.id;
    const events = await handle.query<{ kind: "view" | "download" | "fork" | "star"; at: string }>(
      `select kind::text as kind, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at from activity_events where target_type = 'dataset' and target_id = $1
       union all select 'star', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from stars where target_type = 'dataset' and target_id = $1`,
      [id],
    );
    const expected = trendingScore(events.map((e) => ({ kind: e.kind, at: new Date(e.at) })), SEED_NOW);
    expect(Math.abs(top.score - expected)).toBeLessThan(1e-4);
    const inWindow = events.filter((e) => SEED_NOW.getTime() - Date.parse(e.at) < TRENDING_WINDOW_DAYS * 86_400_000);
    expect(top.views + top.stars + top.downloads + top.forks).toBe(inWindow.length);
    // A fresh hot demo dataset leads; the planted private dataset (300 fresh views) is absent.
    expect(trending.datasets.map((d) => d.slug)).not.toContain("zz-private-dataset-slug");
  });

  it("trendingScore: a star halves every 3 days and expires after 30", () => {
    const now = new Date("2026-01-31T00:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    expect(trendingScore([{ kind: "star", at: now }], now)).toBe(3);
    expect(trendingScore([{ kind: "star", at: daysAgo(3) }], now)).toBe(1.5);
    expect(trendingScore([{ kind: "view", at: daysAgo(6) }, { kind: "fork", at: now }], now)).toBe(4.25);
    expect(trendingScore([{ kind: "download", at: daysAgo(30) }], now)).toBe(0);
  });

  it("streamRows: keyset pages of any size return the same rows in the same order", async () => {
    const collect = async (batch: number) => {
      const out: string[] = [];
      for await (const page of streamRows<{ slug: string }>(handle, datasetsQuery, [], batch)) {
        expect(page.length).toBeLessThanOrEqual(batch);
        out.push(...page.map((r) => r.slug));
      }
      return out;
    };
    const whole = await collect(1000);
    expect(whole.length).toBeGreaterThan(5);
    expect(await collect(3)).toEqual(whole);
    expect(await collect(1)).toEqual(whole);
  });

  it("retention keeps the newest N and never deletes the one latest points at", async () => {
    const dataDir = freshDataDir();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await exportAt(dataDir, { now: new Date(SEED_NOW.getTime() + i * 60_000), retain: 2 })).snapshotId);
    expect(await listSnapshotIds(dataDir)).toEqual(ids.slice(2));
    expect(latestTarget(dataDir)).toBe(ids[3]);

    // An export with an older clock becomes latest; retention by id order must still spare it.
    const old = await exportAt(dataDir, { now: new Date(SEED_NOW.getTime() - 3_600_000), retain: 2 });
    expect(latestTarget(dataDir)).toBe(old.snapshotId);
    expect((await listSnapshotIds(dataDir)).sort()).toEqual([old.snapshotId, ids[2]!, ids[3]!].sort());
    expect(await pruneSnapshots(dataDir, 1)).toEqual([ids[2]]);
    expect((await listSnapshotIds(dataDir)).sort()).toEqual([old.snapshotId, ids[3]!].sort());
    expect(latestTarget(dataDir)).toBe(old.snapshotId);

    // Temp dirs left by a killed process are pruned once stale, fresh ones are left alone.
    const stale = path.join(exportsDir(dataDir), ".tmp-20200101T000000Z-dead");
    const fresh = path.join(exportsDir(dataDir), ".tmp-20200101T000000Z-beef");
    fs.mkdirSync(stale);
    fs.mkdirSync(fresh);
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(stale, longAgo, longAgo);
    await pruneSnapshots(dataDir, 5);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it("admin trigger: a second trigger while one runs reports the running run; the run is recorded", async () => {
    const dataDir = freshDataDir();
    const [first, second] = await Promise.all([triggerExport(handle, { dataDir }), triggerExport(handle, { dataDir })]);
    const started = first.status === "started" ? first : second;
    const other = first.status === "started" ? second : first;
    expect(started.status).toBe("started");
    expect(other).toEqual({ status: "running", runId: started.runId });
    if (started.status !== "started") throw new Error("unreachable");
    const outcome = await started.done;
    expect(outcome.ok).toBe(true);
    expect((await findExportRun(handle.db, started.runId))?.status).toBe("succeeded");
    // Free again once done.
    const again = await triggerExport(handle, { dataDir });
    expect(again.status).toBe("started");
    if (again.status === "started") expect((await again.done).ok).toBe(true);
  });

  it("scheduler exports at startup when no snapshot exists, then stops cleanly", async () => {
    const dataDir = freshDataDir();
    const errors: unknown[] = [];
    const scheduler = startScheduler({ handle, dataDir, intervalMs: 3_600_000, onError: (e) => errors.push(e) });
    await scheduler.ready;
    expect(errors).toEqual([]);
    const latest = latestTarget(dataDir);
    expect(latest).toMatch(SNAPSHOT_ID_PATTERN);
    const [run] = await handle.query<{ trigger: string; status: string }>("select trigger::text as trigger, status::text as status from export_runs where snapshot_id = $1", [latest]);
    expect(run).toEqual({ trigger: "startup", status: "succeeded" });
    await scheduler.stop();

    // A fresh snapshot exists now: a restart does not export again.
    const again = startScheduler({ handle, dataDir, intervalMs: 3_600_000, onError: (e) => errors.push(e) });
    await again.ready;
    await again.stop();
    expect(latestTarget(dataDir)).toBe(latest);
    expect(await listSnapshotIds(dataDir)).toHaveLength(1);
  });
});

describe("runExport on PostgreSQL (server-side cursors, advisory lock)", () => {
  it("writes byte-identical collection files to PGlite's for the same seed and clock", async () => {
    const lite = await exportAt(freshDataDir());
    const real = await exportAt(freshDataDir(), {}, pg);
    const ml = readManifest(lite.dir);
    const mr = readManifest(real.dir);
    for (const name of SNAPSHOT_FILE_NAMES) expect(mr.files[name], name).toEqual(ml.files[name]);
    const run = await findExportRun(pg.db, real.runId);
    expect(run?.status).toBe("succeeded");
  });

  it("privacy holds on PostgreSQL too", async () => {
    const { dir } = await exportAt(freshDataDir(), {}, pg);
    const secrets = [...(await privateStrings(pg)), ...PLANTED_SECRETS];
    for (const [name, text] of snapshotTexts(dir)) {
      const lower = text.toLowerCase();
      for (const secret of secrets) expect(lower.includes(secret.toLowerCase()), `${name} contains "${secret}"`).toBe(false);
    }
  });

  it("a failure while a cursor is open rolls back, frees the connection and keeps latest", async () => {
    const dataDir = freshDataDir();
    const first = await exportAt(dataDir, {}, pg);
    await expect(
      exportAt(
        dataDir,
        {
          onProgress: (file, _items, done) => {
            if (file === "datasets.json" && !done) throw new Error("injected mid-cursor failure");
          },
        },
        pg,
      ),
    ).rejects.toThrow(/injected mid-cursor failure/);
    expect(latestTarget(dataDir)).toBe(first.snapshotId);
    expect(strayEntries(dataDir)).toEqual([]);
    // The pool is healthy afterwards: another export goes through.
    const next = await exportAt(dataDir, { now: new Date(SEED_NOW.getTime() + 1000) }, pg);
    expect(latestTarget(dataDir)).toBe(next.snapshotId);
    const [idle] = await pg.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where state = 'idle in transaction'");
    expect(idle?.n).toBe(0);
  });

  it("streamRows: cursor batches equal the keyset pages; leaving early closes the cursor and frees the session", async () => {
    const slugs = async (source: DbHandle, batch: number) => {
      const out: string[] = [];
      for await (const page of streamRows<{ slug: string }>(source, datasetsQuery, [], batch)) out.push(...page.map((r) => r.slug));
      return out;
    };
    expect(await slugs(pg, 2)).toEqual(await slugs(handle, 2));

    const session = await openReadSession(pg);
    let seen = 0;
    for await (const page of streamRows<{ slug: string }>(session, datasetsQuery, [], 2)) {
      seen += page.length;
      break; // the next batch is already being fetched: it must be drained and the cursor closed
    }
    expect(seen).toBe(2);
    const [row] = await session.query<{ one: number }>("select 1 as one", []);
    expect(row?.one).toBe(1);
    await session.close(true);
  }, 20_000);

  it("the advisory lock admits one exporter across instances; the other gets the running run id", async () => {
    const other = await openDb({ databaseUrl: server.url, dataDir: path.join(tmp, "pg-unused"), maxConnections: 2 });
    try {
      const dataDir = freshDataDir();
      const held = await tryAcquireExportLock(other);
      expect(held).not.toBeNull();
      // While another instance holds the lock, this one neither exports nor waits.
      const runId = (await other.query<{ id: string }>("insert into export_runs (trigger, status) values ('schedule', 'running') returning id::text as id"))[0]!.id;
      expect(await triggerExport(pg, { dataDir })).toEqual({ status: "running", runId });
      expect(await listSnapshotIds(dataDir)).toEqual([]);
      await held!.release();
      await other.query("update export_runs set status = 'succeeded' where id = $1", [runId]);

      const started = await triggerExport(pg, { dataDir });
      expect(started.status).toBe("started");
      expect(await tryAcquireExportLock(other)).toBeNull();
      if (started.status === "started") expect((await started.done).ok).toBe(true);
      const again = await tryAcquireExportLock(other);
      expect(again).not.toBeNull();
      await again!.release();
    } finally {
      await other.close();
    }
  });

  it("a run left 'running' by a dead process is marked failed by the next locked run", async () => {
    const id = (await pg.query<{ id: string }>("insert into export_runs (trigger, status) values ('schedule', 'running') returning id::text as id"))[0]!.id;
    const started = await triggerExport(pg, { dataDir: freshDataDir() });
    expect(started.status).toBe("started");
    if (started.status === "started") await started.done;
    const [row] = await pg.query<{ status: string; error: string }>("select status::text as status, error from export_runs where id = $1", [id]);
    expect(row?.status).toBe("failed");
    expect(row?.error).toMatch(/interrupted/);
  });
});
