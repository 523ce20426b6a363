import { getDb } from "@/db";
import { startLockedExport } from "@/export/scheduler";
import { serverConfig } from "@/lib/config/env";
import { type Listable, type ListableKind, withdrawnFromPublic } from "@/lib/domain/public-listing";
import { log } from "@/lib/log/logger";
import type { ServiceContext } from "../context";
import { warmPublicPages } from "./warm-public-pages";

/** While another export runs, ask again this often; give up (the schedule catches up) after this long. */
const RETRY_MS = 2_000;
const GIVE_UP_MS = 10 * 60_000;

let pending: { requestId: string; userId: string | null } | null = null;
let draining: Promise<void> | null = null;

/**
 * Takes a withdrawn object off the public site without waiting for the schedule: a dataset or
 * protocol made private, unpublished or deleted, a space made private or deleted. Starts an export
 * now (trigger `withdrawal`); if one is running — it may have read the object before the change —
 * waits for it and runs another. Requests that arrive meanwhile share the next run, so a burst of
 * withdrawals costs one export, and at most one export runs at a time. The public pages follow the
 * new snapshot on their next request (the page cache checks `latest`). Never throws.
 */
export function exportAfterWithdrawal(ctx: Pick<ServiceContext, "requestId" | "principal">): Promise<void> {
  pending = { requestId: ctx.requestId, userId: ctx.principal.kind === "user" ? ctx.principal.userId : null };
  draining ??= drain();
  return draining;
}

/** After a change to a listed kind of object: starts a withdrawal export when the change took it off the public site (`after` null: deleted). */
export function exportIfWithdrawn(ctx: Pick<ServiceContext, "requestId" | "principal">, kind: ListableKind, before: Listable, after: Listable | null): void {
  if (withdrawnFromPublic(kind, before, after)) void exportAfterWithdrawal(ctx);
}

async function drain(): Promise<void> {
  for (;;) {
    // Checked and cleared in one step: a request arriving after this starts a new drain.
    if (!pending) {
      draining = null;
      return;
    }
    const { requestId, userId } = pending;
    pending = null;
    try {
      await exportOnce(userId);
    } catch (err) {
      log.error("withdrawal export failed", { requestId, code: "export_failed", error: String(err) });
    }
  }
}

async function exportOnce(userId: string | null): Promise<void> {
  const dataDir = serverConfig().dataDir;
  const handle = await getDb();
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const started = await startLockedExport(handle, { dataDir, trigger: "withdrawal", triggeredBy: userId ?? undefined });
    if (started.status === "started") {
      const outcome = await started.done;
      if (!outcome.ok) throw outcome.error;
      void warmPublicPages(dataDir);
      return;
    }
    if (Date.now() > deadline) throw new Error(`another export kept running for ${GIVE_UP_MS / 60_000} minutes; the schedule will catch up`);
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}
