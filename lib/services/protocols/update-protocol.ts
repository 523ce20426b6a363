import { patchNeedsManage } from "@/lib/domain/access";
import { updateProtocol } from "@/db/queries/protocols";
import type { ProtocolDto } from "@/lib/domain/api-types";
import type { ProtocolUpdateInput } from "@/lib/domain/schemas";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { getProtocol } from "./get-protocol";
import { loadEditableProtocol } from "./load-protocol";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Changes metadata; `steps`, when given, replaces every step in the same transaction. Moving to a lab needs membership. */
export async function updateProtocolContent(ctx: ServiceContext, slug: string, patch: ProtocolUpdateInput): Promise<ProtocolDto> {
  requireWriter(ctx);
  const row = await loadEditableProtocol(ctx, slug, patchNeedsManage(patch) ? "manage" : "write");
  const { labSlug, steps, ...rest } = patch;
  const labId = await resolveMemberLab(ctx, labSlug);
  await updateProtocol(ctx.db, row.protocol.id, { ...rest, ...(labId !== undefined ? { labId } : {}), updatedAt: ctx.now }, steps);
  exportIfWithdrawn(ctx, "protocol", row.protocol, { ...row.protocol, visibility: patch.visibility ?? row.protocol.visibility });
  return getProtocol(ctx, slug);
}
