import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DbHandle, migrate, openDb } from "@/db/client";
import { DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_RESEARCHER } from "@/db/seed/demo-accounts";
import { runBulk } from "@/db/seed/bulk-run";
import { type SeedReport, seedDemo, seedIfEmpty } from "@/db/seed/demo";
import { hashApiKeySecret } from "@/lib/auth/api-key-secret";
import { verifyPassword } from "@/lib/auth/password";
import { parseApiKey } from "@/lib/domain/api-key-format";
import { DiskBlobStorage } from "@/lib/storage/disk-blob-storage";
import { type PostgresServer, startPostgres } from "../harness/postgres-server";

// Services mark themselves server-only; outside Next (here) that import would throw.
vi.mock("server-only", () => ({}));

/** One fixed clock for both databases: the seed is a pure function of it. */
const NOW = new Date("2025-06-01T12:00:00.000Z");

interface Seeded {
  handle: DbHandle;
  report: SeedReport;
  filesDir: string;
}

async function seedInto(handle: DbHandle, filesDir: string): Promise<Seeded> {
  await migrate(handle);
  const report = await seedDemo(handle, new DiskBlobStorage(filesDir), { now: NOW });
  return { handle, report, filesDir };
}

/** Timestamps as UTC text with microseconds: the drivers return different JS types for raw timestamptz. */
const utc = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const ts = (col: string) => `${utc(col)} as ${col}`;

/** Rows that must be identical on both drivers. */
const SNAPSHOT_QUERIES: Record<string, string> = {
  users: `select id, email, handle, role, ${ts("created_at")} from users order by id`,
  labs: `select id, slug, visibility, ${ts("created_at")} from labs order by id`,
  lab_members: `select lab_id, user_id, role, ${ts("joined_at")} from lab_members order by lab_id, user_id`,
  api_keys: "select id, user_id, prefix, secret_hash, scopes from api_keys order by id",
  datasets: `select id, slug, lab_id, owner_id, visibility, format, tags, ${ts("created_at")}, ${ts("published_at")} from datasets order by id`,
  dataset_files: "select id, dataset_id, name, format, size_bytes::text, sha256, storage_key, summary from dataset_files order by id",
  protocols: `select id, slug, forked_from_id, visibility, ${ts("published_at")} from protocols order by id`,
  protocol_steps: "select id, protocol_id, position, title from protocol_steps order by id",
  spaces: "select id, slug, dataset_id, settings, view_state from spaces order by id",
  stars: `select user_id, target_type, target_id, ${ts("created_at")} from stars order by user_id, target_type, target_id`,
  activity_events: `select id::text, kind, target_type, target_id, user_id, ${ts("created_at")} from activity_events order by id`,
};

describe("PostgreSQL harness + demo seed on both drivers", () => {
  let server: PostgresServer;
  let pg: Seeded;
  let lite: Seeded;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-seed-test-"));

  beforeAll(async () => {
    server = await startPostgres();
    // PGlite creation is the slow part (6–15 s): start both at once.
    const [pgHandle, liteHandle] = await Promise.all([
      openDb({ databaseUrl: server.url, dataDir: path.join(tmp, "pg") }),
      openDb({ dataDir: path.join(tmp, "lite") }),
    ]);
    [pg, lite] = await Promise.all([seedInto(pgHandle, path.join(tmp, "pg-files")), seedInto(liteHandle, path.join(tmp, "lite-files"))]);
  });

  afterAll(async () => {
    await pg?.handle.close();
    await lite?.handle.close();
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("starts a real PostgreSQL on a unix socket", async () => {
    expect(server.url).toMatch(/^postgres:\/\/postgres@localhost:\d+\/postgres\?host=.+&port=\d+$/);
    const [row] = await pg.handle.query<{ v: string; la: string }>("select current_setting('server_version_num') as v, current_setting('listen_addresses') as la");
    expect(Number(row?.v)).toBeGreaterThanOrEqual(150000);
    expect(row?.la).toBe("");
  });

  it("seeds the promised content", async () => {
    const c = pg.report.counts;
    expect(c.labs).toBeGreaterThanOrEqual(3);
    expect(c.users).toBeGreaterThanOrEqual(7);
    expect(c.datasets).toBeGreaterThanOrEqual(12);
    expect(c.protocols).toBeGreaterThanOrEqual(6);
    expect(c.spaces).toBeGreaterThanOrEqual(4);
    expect(c.stars).toBeGreaterThan(0);
    expect(c.activityEvents).toBeGreaterThan(100);
    expect(pg.report.blobsCreated).toBe(19);

    const [db] = await pg.handle.query<Record<string, number>>(
      "select (select count(*)::int from users) users, (select count(*)::int from datasets) datasets, (select count(*)::int from dataset_files) files, (select count(*)::int from protocol_steps) steps, (select count(*)::int from activity_events) events",
    );
    expect(db).toEqual({ users: c.users, datasets: c.datasets, files: c.datasetFiles, steps: c.protocolSteps, events: c.activityEvents });

    const steps = await pg.handle.query<{ n: number }>("select count(*)::int as n from protocol_steps group by protocol_id");
    for (const s of steps) expect(s.n).toBeGreaterThanOrEqual(4);
    for (const s of steps) expect(s.n).toBeLessThanOrEqual(10);
  });

  it("stores the demo accounts with their passwords and fixed API keys", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await pg.handle.query<{ id: string; role: string; password_hash: string }>("select id, role, password_hash from users where email = $1", [account.email]);
      expect(user?.role).toBe(account.role);
      expect(await verifyPassword(account.password, user?.password_hash ?? "")).toBe(true);
      const parsed = parseApiKey(account.apiKey);
      expect(parsed).not.toBeNull();
      const [key] = await pg.handle.query<{ user_id: string; secret_hash: string; revoked_at: string | null }>("select user_id, secret_hash, revoked_at from api_keys where prefix = $1", [parsed?.prefix]);
      expect(key?.user_id).toBe(user?.id);
      expect(key?.secret_hash).toBe(hashApiKeySecret(parsed?.secret ?? ""));
      expect(key?.revoked_at).toBeNull();
    }
    expect(DEMO_ADMIN.role).toBe("admin");
  });

  it("gives the demo researcher two labs (owner of one) and hides one private dataset from them", async () => {
    const roles = await pg.handle.query<{ role: string }>(
      "select m.role from lab_members m join users u on u.id = m.user_id where u.email = $1 order by m.role",
      [DEMO_RESEARCHER.email],
    );
    expect(roles.map((r) => r.role)).toEqual(["owner", "member"]);
    const hidden = await pg.handle.query<{ slug: string }>(
      `select d.slug from datasets d join labs l on l.id = d.lab_id
       where l.visibility = 'private' and d.visibility = 'private'
         and not exists (select 1 from lab_members m join users u on u.id = m.user_id where m.lab_id = d.lab_id and u.email = $1)`,
      [DEMO_RESEARCHER.email],
    );
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    const [multi] = await pg.handle.query<{ n: number }>("select max(c)::int as n from (select count(*) c from dataset_files group by dataset_id) x");
    expect(multi?.n).toBeGreaterThanOrEqual(2);
  });

  it("puts more recent activity on some items than on others (trending signal)", async () => {
    const rows = await pg.handle.query<{ recent: number; total: number }>(
      `select count(*) filter (where created_at > $1::timestamptz - interval '3 days')::int as recent, count(*)::int as total
       from activity_events group by target_type, target_id order by 1 desc`,
      [NOW.toISOString()],
    );
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    expect(top && top.recent / top.total).toBeGreaterThan(0.4);
    expect(bottom?.recent).toBe(0);
    const [span] = await pg.handle.query<{ oldest_days: number; newest_days: number }>(
      "select extract(epoch from $1::timestamptz - min(created_at))::float8 / 86400 as oldest_days, extract(epoch from $1::timestamptz - max(created_at))::float8 / 86400 as newest_days from activity_events",
      [NOW.toISOString()],
    );
    expect(span?.oldest_days).toBeLessThanOrEqual(30);
    expect(span?.newest_days).toBeGreaterThanOrEqual(0);
  });

  it("produces identical rows on PGlite and PostgreSQL", async () => {
    expect(lite.report.counts).toEqual(pg.report.counts);
    for (const [table, query] of Object.entries(SNAPSHOT_QUERIES)) {
      const [a, b] = await Promise.all([pg.handle.query(query), lite.handle.query(query)]);
      expect(b, table).toEqual(a);
    }
  });

  it("seedIfEmpty does nothing on a seeded database", async () => {
    expect(await seedIfEmpty(pg.handle, new DiskBlobStorage(pg.filesDir), { now: NOW })).toBeNull();
    expect(await seedIfEmpty(lite.handle, new DiskBlobStorage(lite.filesDir), { now: NOW })).toBeNull();
  });

  it("rolls back completely when the seed fails", async () => {
    // A second unconditional seed collides on the fixed ids: nothing of it may remain.
    const before = await pg.handle.query<{ n: number }>("select count(*)::int as n from activity_events");
    await expect(seedDemo(pg.handle, new DiskBlobStorage(pg.filesDir), { now: NOW })).rejects.toThrow();
    expect(await pg.handle.query<{ n: number }>("select count(*)::int as n from activity_events")).toEqual(before);
  });

  it("adds the same bulk rows on both drivers, and a re-run adds none", async () => {
    const targets = { datasets: 600, protocols: 60, labs: 12, users: 30, now: NOW };
    const [a, b] = await Promise.all([
      runBulk(pg.handle, new DiskBlobStorage(pg.filesDir), targets),
      runBulk(lite.handle, new DiskBlobStorage(lite.filesDir), targets),
    ]);
    expect(b.after).toEqual(a.after);
    expect(a.after.datasets).toBe(a.before.datasets! + 600);
    expect(a.after.protocols).toBe(a.before.protocols! + 60);
    const digest = `select md5(string_agg(id::text || slug || title || coalesce(organism, '') || array_to_string(tags, ',') || owner_id::text || ${utc("created_at")}, '|' order by id)) as d from datasets`;
    const [da, db] = await Promise.all([pg.handle.query(digest), lite.handle.query(digest)]);
    expect(db).toEqual(da);
    const orphanOwners = await pg.handle.query<{ n: number }>(
      "select count(*)::int as n from datasets d where d.lab_id is not null and not exists (select 1 from lab_members m where m.lab_id = d.lab_id and m.user_id = d.owner_id)",
    );
    expect(orphanOwners[0]?.n).toBe(0);
    const again = await runBulk(pg.handle, new DiskBlobStorage(pg.filesDir), targets);
    expect(again.after).toEqual(a.after);
  });

  it("survives a pause and resume of the server (data kept)", async () => {
    const probe = await openDb({ databaseUrl: server.url, dataDir: tmp, maxConnections: 1 });
    try {
      const [before] = await probe.query<{ n: number }>("select count(*)::int as n from datasets");
      await server.pause();
      expect(server.running).toBe(false);
      await expect(probe.query("select 1")).rejects.toThrow();
      await server.resume();
      const [row] = await probe.query<{ n: number }>("select count(*)::int as n from datasets");
      expect(row?.n).toBe(before?.n);
    } finally {
      await probe.close();
    }
  });
});
