/**
 * One exporter at a time across every app instance sharing a database.
 *
 * PostgreSQL: a session-level advisory lock (`pg_try_advisory_lock`) held on a connection reserved
 * from the pool for the whole export, so the lock lives exactly as long as that connection: if the
 * process dies, PostgreSQL drops the connection and the lock with it. PGlite is a single connection
 * inside one process, so the advisory lock is trivially ours; the in-process guard below is what
 * excludes a second export there (and saves a round trip on PostgreSQL).
 */
import type { Sql } from "postgres";
import type { DbHandle } from "@/db/client";

/** Advisory lock key of the exporter ("cyexport" in ASCII), distinct from the seed's key. */
export const EXPORT_LOCK_KEY = 0x6379_6578_706f_7274n;

export interface ExportLock {
  release(): Promise<void>;
}

/** Handles whose exporter lock this process holds. */
const heldHere = new WeakSet<DbHandle>();

/** Tries to take the exporter lock without waiting; null when another export holds it. */
export async function tryAcquireExportLock(handle: DbHandle): Promise<ExportLock | null> {
  if (heldHere.has(handle)) return null;
  heldHere.add(handle);
  const client = handle.kind === "postgres" ? (handle.db as unknown as { $client?: Sql }).$client : undefined;
  if (!client) {
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        heldHere.delete(handle);
      },
    };
  }
  let reserved: Awaited<ReturnType<Sql["reserve"]>>;
  try {
    reserved = await client.reserve();
  } catch (err) {
    heldHere.delete(handle);
    throw err;
  }
  try {
    const [row] = await reserved.unsafe<{ ok: boolean }[]>("select pg_try_advisory_lock($1::bigint) as ok", [EXPORT_LOCK_KEY.toString()]);
    if (!row?.ok) {
      reserved.release();
      heldHere.delete(handle);
      return null;
    }
  } catch (err) {
    reserved.release();
    heldHere.delete(handle);
    throw err;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      try {
        await reserved.unsafe("select pg_advisory_unlock($1::bigint)", [EXPORT_LOCK_KEY.toString()]);
      } finally {
        reserved.release();
        heldHere.delete(handle);
      }
    },
  };
}
