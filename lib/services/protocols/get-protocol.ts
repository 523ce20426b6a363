import { stepsOfProtocol } from "@/db/queries/protocols";
import { isStarred } from "@/db/queries/stars";
import { canManage, canWrite } from "@/lib/domain/access";
import type { ProtocolDto } from "@/lib/domain/api-types";
import type { ServiceContext } from "../context";
import { loadReadableProtocol } from "./load-protocol";
import { ownedProtocol, toProtocolDto } from "./protocol-dto";

/** One protocol with its steps in order, as the caller may see it. */
export async function getProtocol(ctx: ServiceContext, slug: string): Promise<ProtocolDto> {
  const row = await loadReadableProtocol(ctx, slug);
  const steps = await stepsOfProtocol(ctx.db, row.protocol.id);
  const starredByMe = ctx.principal.kind === "user" ? await isStarred(ctx.db, ctx.principal.userId, "protocol", row.protocol.id) : false;
  return toProtocolDto(row, steps, ctx.memberships, { starredByMe, canEdit: canWrite(ctx.principal, ownedProtocol(row), ctx.memberships), canManage: canManage(ctx.principal, ownedProtocol(row), ctx.memberships) });
}
