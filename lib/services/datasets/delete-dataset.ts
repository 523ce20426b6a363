import { deleteDataset } from "@/db/queries/datasets";
import { getStorage } from "@/lib/storage";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { loadEditableDataset } from "./load-dataset";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Deletes a dataset, then the blobs no other dataset uses (after the database commit, never before). */
export async function removeDataset(ctx: ServiceContext, slug: string): Promise<void> {
  requireWriter(ctx);
  const row = await loadEditableDataset(ctx, slug, "manage");
  const orphaned = await deleteDataset(ctx.db, row.dataset.id);
  exportIfWithdrawn(ctx, "dataset", row.dataset, null);
  const storage = getStorage();
  for (const key of orphaned) {
    await storage.remove(key).catch((err: unknown) => log.warn("blob cleanup failed", { requestId: ctx.requestId, key, error: String(err) }));
  }
}
