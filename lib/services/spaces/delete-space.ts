import { deleteSpace } from "@/db/queries/spaces";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { loadEditableSpace } from "./load-space";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Deletes a space and its stars; only its owner or an owner of its lab may. */
export async function removeSpace(ctx: ServiceContext, slug: string): Promise<void> {
  const userId = requireWriter(ctx);
  const row = await loadEditableSpace(ctx, slug, "manage");
  await deleteSpace(ctx.db, row.space.id);
  exportIfWithdrawn(ctx, "space", row.space, null);
  log.info("space deleted", { requestId: ctx.requestId, userId, slug });
}
