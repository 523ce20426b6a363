import { deleteProtocol } from "@/db/queries/protocols";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { loadEditableProtocol } from "./load-protocol";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Deletes a protocol with its steps and stars; only its owner or an owner of its lab may. */
export async function removeProtocol(ctx: ServiceContext, slug: string): Promise<void> {
  const userId = requireWriter(ctx);
  const row = await loadEditableProtocol(ctx, slug, "manage");
  await deleteProtocol(ctx.db, row.protocol.id);
  exportIfWithdrawn(ctx, "protocol", row.protocol, null);
  log.info("protocol deleted", { requestId: ctx.requestId, userId, slug });
}
