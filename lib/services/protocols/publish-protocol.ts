import { updateProtocol } from "@/db/queries/protocols";
import type { ProtocolDto } from "@/lib/domain/api-types";
import { type ServiceContext, requireWriter } from "../context";
import { getProtocol } from "./get-protocol";
import { loadEditableProtocol } from "./load-protocol";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Publishes (sets publishedAt once) or unpublishes (back to draft). Idempotent. */
export async function setProtocolPublished(ctx: ServiceContext, slug: string, published: boolean): Promise<ProtocolDto> {
  requireWriter(ctx);
  const row = await loadEditableProtocol(ctx, slug, "manage");
  const publishedAt = published ? (row.protocol.publishedAt ?? ctx.now) : null;
  await updateProtocol(ctx.db, row.protocol.id, { publishedAt, updatedAt: ctx.now });
  exportIfWithdrawn(ctx, "protocol", row.protocol, { ...row.protocol, publishedAt });
  return getProtocol(ctx, slug);
}
