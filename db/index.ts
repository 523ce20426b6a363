import { serverConfig } from "@/lib/config/env";
import { type DbHandle, migrate, openDb } from "./client";

export type { Db, DbHandle, DbKind } from "./client";

const globalKey = Symbol.for("cyanea.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DbHandle> };

/** The process-wide database handle: opened and migrated once, shared by every request. */
export function getDb(): Promise<DbHandle> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    const cfg = serverConfig();
    g[globalKey] = (async () => {
      const handle = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
      await migrate(handle);
      return handle;
    })();
    g[globalKey].catch(() => {
      // A failed open (database down) must not poison the process: the next request retries.
      delete g[globalKey];
    });
  }
  return g[globalKey];
}
