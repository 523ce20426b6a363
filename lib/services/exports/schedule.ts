import { getDb } from "@/db";
import { startScheduler } from "@/export/scheduler";
import { serverConfig } from "@/lib/config/env";
import { log } from "@/lib/log/logger";
import { warmPublicPages } from "./warm-public-pages";

const RETRY_MS = 30_000;

/** Starts the export scheduler for this process; while the database is down it retries every 30 s. */
export async function startExportSchedule(): Promise<void> {
  try {
    const handle = await getDb();
    startScheduler({
      handle,
      dataDir: serverConfig().dataDir,
      onError: (err) => log.error("scheduled export failed", { code: "export_failed", error: String(err) }),
      onExported: () => void warmPublicPages(serverConfig().dataDir),
    });
  } catch (err) {
    log.error("export scheduler waiting for the database", { code: "backend_unavailable", error: String(err) });
    setTimeout(() => void startExportSchedule(), RETRY_MS).unref();
  }
}
