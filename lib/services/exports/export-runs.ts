import { getDb } from "@/db";
import { type ExportRunRow, listExportRuns } from "@/db/queries/export-runs";
import { triggerExport } from "@/export/scheduler";
import { readLatestManifest } from "@/export/snapshot-store";
import type { ExportOverviewDto, ExportRunDto } from "@/lib/domain/api-types";
import { serverConfig } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { warmPublicPages } from "./warm-public-pages";
import { type ServiceContext, requireAdmin } from "../context";

const HISTORY_LIMIT = 50;

function toRunDto(r: ExportRunRow): ExportRunDto {
  return {
    id: r.id,
    trigger: r.trigger,
    triggeredBy: r.triggeredBy,
    status: r.status,
    snapshotId: r.snapshotId,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    durationMs: r.durationMs,
    counts: (r.counts as Record<string, number> | null) ?? null,
    error: r.error,
  };
}

/** Export history, the run in progress and the snapshot `latest` points at. Admins only. */
export async function exportOverview(ctx: ServiceContext): Promise<ExportOverviewDto> {
  requireAdmin(ctx);
  const runs = (await listExportRuns(ctx.db, HISTORY_LIMIT)).map(toRunDto);
  const manifest = await readLatestManifest(serverConfig().dataDir);
  return {
    latest: manifest ? { snapshotId: manifest.snapshotId, generatedAt: manifest.generatedAt, counts: manifest.counts } : null,
    running: runs.find((r) => r.status === "running") ?? null,
    runs,
  };
}

/** Starts an export now; a second trigger while one runs is a 409 carrying the running run's id. */
export async function triggerAdminExport(ctx: ServiceContext): Promise<{ status: "started"; runId: string }> {
  const adminId = requireAdmin(ctx);
  const handle = await getDb();
  const result = await triggerExport(handle, { dataDir: serverConfig().dataDir, triggeredBy: adminId });
  if (result.status === "running") {
    throw new AppError("conflict", "An export is already running", { extra: { runId: result.runId } });
  }
  void result.done.then((outcome) => {
    if (!outcome.ok) log.error("admin export failed", { requestId: ctx.requestId, userId: adminId, code: "export_failed", error: String(outcome.error) });
    else void warmPublicPages(serverConfig().dataDir);
  });
  return { status: "started", runId: result.runId };
}
