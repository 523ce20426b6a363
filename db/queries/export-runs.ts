import { and, desc, eq, ne } from "drizzle-orm";
import type { Db } from "../client";
import { exportRuns } from "../schema";

export type ExportRunRow = typeof exportRuns.$inferSelect;
export type ExportTrigger = ExportRunRow["trigger"];

/** Records the start of an export attempt; returns the run id. */
export async function insertExportRun(db: Db, run: { trigger: ExportTrigger; triggeredBy?: string | null; startedAt: Date }): Promise<string> {
  const [row] = await db
    .insert(exportRuns)
    .values({ trigger: run.trigger, triggeredBy: run.triggeredBy ?? null, startedAt: run.startedAt, status: "running" })
    .returning({ id: exportRuns.id });
  if (!row) throw new Error("insert export_runs returned no row");
  return row.id;
}

/** Closes a run as succeeded or failed. */
export async function finishExportRun(
  db: Db,
  id: string,
  result: { status: "succeeded" | "failed"; finishedAt: Date; durationMs: number; snapshotId: string | null; counts: Record<string, number> | null; error: string | null },
): Promise<void> {
  await db
    .update(exportRuns)
    .set({
      status: result.status,
      finishedAt: result.finishedAt,
      durationMs: result.durationMs,
      snapshotId: result.snapshotId,
      counts: result.counts,
      error: result.error,
    })
    .where(eq(exportRuns.id, id));
}

export async function findExportRun(db: Db, id: string): Promise<ExportRunRow | undefined> {
  const rows = await db.select().from(exportRuns).where(eq(exportRuns.id, id)).limit(1);
  return rows[0];
}

/** The newest run still marked running, if any. */
export async function findRunningExport(db: Db): Promise<ExportRunRow | undefined> {
  const rows = await db.select().from(exportRuns).where(eq(exportRuns.status, "running")).orderBy(desc(exportRuns.startedAt)).limit(1);
  return rows[0];
}

/**
 * Marks runs left `running` by a process that died as failed. Call only while holding the export
 * lock: then no other run can be in progress, except `keepId` (the caller's own).
 */
export async function failInterruptedRuns(db: Db, finishedAt: Date, keepId?: string): Promise<number> {
  const rows = await db
    .update(exportRuns)
    .set({ status: "failed", finishedAt, error: "interrupted: the exporting process stopped before finishing" })
    .where(keepId ? and(eq(exportRuns.status, "running"), ne(exportRuns.id, keepId)) : eq(exportRuns.status, "running"))
    .returning({ id: exportRuns.id });
  return rows.length;
}

/** Newest runs first, for the admin history. */
export async function listExportRuns(db: Db, limit: number): Promise<ExportRunRow[]> {
  return db.select().from(exportRuns).orderBy(desc(exportRuns.startedAt), desc(exportRuns.id)).limit(limit);
}
