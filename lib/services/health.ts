import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/db";
import { serverConfig } from "@/lib/config/env";
import type { HealthDto } from "@/lib/domain/api-types";

/** How long the database may take to answer `select 1` before the service reports itself degraded. */
export const DB_PROBE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** True when the database opens and answers `select 1` in time. Never throws. */
async function probeDb(timeoutMs: number): Promise<boolean> {
  try {
    await withTimeout(
      (async () => {
        const handle = await getDb();
        await handle.query("select 1");
      })(),
      timeoutMs,
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The latest published snapshot, from `$CYANEA_DATA_DIR/exports/latest/manifest.json`, or null when
 * there is none or it is unreadable. The id is the manifest's, else the directory `latest` points to.
 */
export async function latestSnapshot(dataDir: string): Promise<HealthDto["snapshot"]> {
  const latest = path.join(dataDir, "exports", "latest");
  try {
    const manifest: unknown = JSON.parse(await readFile(path.join(latest, "manifest.json"), "utf8"));
    if (manifest === null || typeof manifest !== "object") return null;
    const m = manifest as { id?: unknown; snapshotId?: unknown; generatedAt?: unknown };
    if (typeof m.generatedAt !== "string") return null;
    const id = typeof m.id === "string" ? m.id : typeof m.snapshotId === "string" ? m.snapshotId : path.basename(await realpath(latest));
    return { id, generatedAt: m.generatedAt };
  } catch {
    return null;
  }
}

/** Liveness of the backend: database reachability (bounded) and the latest snapshot. Never throws. */
export async function checkHealth(): Promise<HealthDto> {
  const cfg = serverConfig();
  const [dbReachable, snapshot] = await Promise.all([probeDb(DB_PROBE_TIMEOUT_MS), latestSnapshot(cfg.dataDir)]);
  return { status: dbReachable ? "ok" : "degraded", db: cfg.databaseUrl ? "postgres" : "pglite", dbReachable, snapshot };
}
