import { migrate, openDb } from "../../db/client";
import { seedIfEmpty } from "../../db/seed/demo";
import { DiskBlobStorage } from "../../lib/storage/disk-blob-storage";
import path from "node:path";

/**
 * Migrates the database and seeds demo data: always on an empty embedded database, and on a
 * `DATABASE_URL` server only when `CYANEA_SEED=demo` (a real deployment never gets demo accounts).
 */
export async function prepareDatabase(opts: { dataDir: string; databaseUrl?: string; seed: "demo" | "none" | "auto" }): Promise<{ kind: string; seeded: boolean }> {
  const handle = await openDb({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir, maxConnections: 2 });
  try {
    await migrate(handle);
    const wantSeed = opts.seed === "demo" || (opts.seed === "auto" && handle.kind === "pglite");
    const seeded = wantSeed ? (await seedIfEmpty(handle, new DiskBlobStorage(path.join(opts.dataDir, "files")), { now: new Date() })) !== null : false;
    return { kind: handle.kind, seeded };
  } finally {
    await handle.close();
  }
}
