/**
 * When exports run: on an in-process interval, at startup when there is no (or only a stale)
 * snapshot, and on an admin's request. Every path goes through `startLockedExport`, so across all
 * instances sharing a database at most one export runs at a time (export/lock.ts); a request that
 * finds one running gets its run id back instead (the admin route answers 409 with it).
 */
import type { DbHandle } from "@/db/client";
import { type ExportTrigger, failInterruptedRuns, findRunningExport, insertExportRun } from "@/db/queries/export-runs";
import { log } from "@/lib/log/logger";
import { tryAcquireExportLock } from "./lock";
import { type ExportResult, runExport } from "./runner";
import { readLatestManifest } from "./snapshot-store";

export const DEFAULT_EXPORT_INTERVAL_MS = 15 * 60 * 1000;
const MIN_EXPORT_INTERVAL_MS = 1000;

/**
 * Parses EXPORT_INTERVAL: a number with an optional unit, `ms` (the default), `s`, `m` or `h`
 * (`900000`, `900s`, `15m`, `1h`). Unset or empty → 15 minutes. At least one second.
 */
export function parseExportInterval(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_EXPORT_INTERVAL_MS;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
  if (!m) throw new Error(`EXPORT_INTERVAL must be a duration like 900000, 900s, 15m or 1h, got "${raw}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "ms") as "ms" | "s" | "m" | "h"];
  const ms = Math.round(Number(m[1]) * unit);
  if (ms < MIN_EXPORT_INTERVAL_MS) throw new Error(`EXPORT_INTERVAL must be at least 1s, got "${raw}"`);
  return ms;
}

/** How a locked export ended: settled, never rejecting, so nobody has to remember a catch. */
export type ExportOutcome = { ok: true; result: ExportResult } | { ok: false; error: unknown };

export type TriggerResult =
  | { status: "started"; runId: string; done: Promise<ExportOutcome> }
  /** `runId` is the running export's run; null only in the instant before another instance recorded it. */
  | { status: "running"; runId: string | null };

export interface LockedExportOptions {
  dataDir: string;
  trigger: ExportTrigger;
  triggeredBy?: string;
  retain?: number;
  /** Export clock; defaults to the wall clock when the export starts. */
  now?: Date;
}

/** Run id of the export this process is running, per handle (pending while the run row is inserted). */
const runningHere = new WeakMap<DbHandle, Promise<string | null>>();

/**
 * Takes the exporter lock and starts an export in the background, or reports the one running.
 * Resolves once the run is recorded (so `runId` is real); `done` settles when the export ends.
 */
export async function startLockedExport(handle: DbHandle, opts: LockedExportOptions): Promise<TriggerResult> {
  const lock = await tryAcquireExportLock(handle);
  if (!lock) {
    const here = runningHere.get(handle);
    const runId = here ? await here : ((await findRunningExport(handle.db))?.id ?? null);
    return { status: "running", runId };
  }
  const recording = (async () => {
    // Holding the lock, any row still `running` belongs to a process that died mid-export.
    const stale = await failInterruptedRuns(handle.db, new Date());
    if (stale) log.warn("export runs interrupted earlier marked failed", { count: stale, code: "export_interrupted" });
    return insertExportRun(handle.db, { trigger: opts.trigger, triggeredBy: opts.triggeredBy, startedAt: new Date() });
  })();
  runningHere.set(
    handle,
    recording.catch(() => null),
  );
  let runId: string;
  try {
    runId = await recording;
  } catch (err) {
    runningHere.delete(handle);
    await lock.release().catch(() => {});
    throw err;
  }
  const done = runExport(handle, {
    dataDir: opts.dataDir,
    now: opts.now ?? new Date(),
    trigger: opts.trigger,
    triggeredBy: opts.triggeredBy,
    retain: opts.retain,
    runId,
  }).then(
    (result): ExportOutcome => ({ ok: true, result }),
    (error: unknown): ExportOutcome => ({ ok: false, error }),
  );
  const settled = done.finally(async () => {
    runningHere.delete(handle);
    await lock.release().catch((err: unknown) => log.error("export lock release failed", { code: "export_unlock_failed", error: String(err) }));
  });
  return { status: "started", runId, done: settled };
}

/** The admin trigger: starts an export now, or reports the running one (→ 409 with its id). */
export function triggerExport(handle: DbHandle, opts: { dataDir: string; triggeredBy?: string; retain?: number }): Promise<TriggerResult> {
  return startLockedExport(handle, { ...opts, trigger: "admin" });
}

/** Runs one export under the lock and waits for it (CLI, tests). Throws if it failed. */
export async function runExportLocked(handle: DbHandle, opts: LockedExportOptions): Promise<ExportResult | { status: "running"; runId: string | null }> {
  const started = await startLockedExport(handle, opts);
  if (started.status === "running") return started;
  const outcome = await started.done;
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

export interface SchedulerOptions {
  handle: DbHandle;
  dataDir: string;
  /** Defaults to EXPORT_INTERVAL (see parseExportInterval), else 15 minutes. */
  intervalMs?: number;
  retain?: number;
  /** Called with every failed export (and unexpected scheduler error); the scheduler keeps going. */
  onError?: (err: unknown) => void;
  /** Called after every successful export (e.g. to render the new snapshot's pages). */
  onExported?: (result: ExportResult) => void;
}

export interface Scheduler {
  /** Settles when the startup check (and the startup export, if one was needed) is over. */
  ready: Promise<void>;
  /** Stops the timer and waits for an export in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Starts the in-process schedule. At start, exports right away (trigger `startup`) when there is no
 * snapshot yet, or the latest is older than one interval; then every `intervalMs` (trigger
 * `schedule`). An instance that finds the lock taken skips that tick.
 */
export function startScheduler(opts: SchedulerOptions): Scheduler {
  const intervalMs = opts.intervalMs ?? parseExportInterval(process.env.EXPORT_INTERVAL);
  const onError = opts.onError ?? ((err: unknown) => log.error("scheduled export failed", { code: "export_failed", error: String(err) }));
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let inFlight: Promise<unknown> = Promise.resolve();

  const once = async (trigger: ExportTrigger) => {
    try {
      const started = await startLockedExport(opts.handle, { dataDir: opts.dataDir, trigger, retain: opts.retain });
      if (started.status === "running") return;
      const outcome = await started.done;
      if (!outcome.ok) onError(outcome.error);
      else opts.onExported?.(outcome.result);
    } catch (err) {
      onError(err);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = once("schedule").finally(schedule);
    }, intervalMs);
    // The schedule alone must not keep a process (a CLI, a test) alive.
    timer.unref();
  };

  const ready = (async () => {
    try {
      const latest = await readLatestManifest(opts.dataDir);
      const stale = !latest || Date.now() - Date.parse(latest.generatedAt) >= intervalMs;
      if (stale && !stopped) {
        inFlight = once("startup");
        await inFlight;
      }
    } catch (err) {
      onError(err);
    } finally {
      schedule();
    }
  })();

  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await ready;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
