import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, migrate, openDb } from "../client";
import { datasets, users } from "../schema";
import { recordEvent, recordEventOncePerDay } from "./stars";

describe("activity events", () => {
  let tmp: string;
  let handle: DbHandle;
  const targetId = "00000000-0000-4000-8000-0000000000d1";

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-events-"));
    handle = await openDb({ dataDir: tmp });
    await migrate(handle);
    const [owner] = await handle.db.insert(users).values({ email: "owner@example.org", handle: "owner", name: "Owner", passwordHash: "x" }).returning();
    await handle.db.insert(datasets).values({ id: targetId, slug: "counted", title: "Counted", ownerId: owner!.id, format: "fasta" });
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("counts a download once per actor and day, and every actor once", async () => {
    const download = (actorKey: string) => recordEventOncePerDay(handle.db, { kind: "download", targetType: "dataset", targetId, userId: null, actorKey });
    expect(await download("a:1111")).toBe(true);
    expect(await download("a:1111")).toBe(false);
    expect(await download("a:1111")).toBe(false);
    expect(await download("a:2222")).toBe(true);
    // Events without an actor (forks, seeded history) are not limited.
    await recordEvent(handle.db, "fork", "dataset", targetId, null);
    await recordEvent(handle.db, "fork", "dataset", targetId, null);
    const rows = await handle.query<{ kind: string; n: number }>("select kind::text, count(*)::int as n from activity_events group by kind order by kind");
    expect(rows).toEqual([
      { kind: "download", n: 2 },
      { kind: "fork", n: 2 },
    ]);
  });
});
