/**
 * Server start-up hook: starts the in-process export schedule (exports right away when there is
 * no snapshot yet, then every EXPORT_INTERVAL). CYANEA_EXPORT_SCHEDULER=off disables it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CYANEA_EXPORT_SCHEDULER === "off") return;
  const { startExportSchedule } = await import("./lib/services/exports/schedule");
  await startExportSchedule();
}
