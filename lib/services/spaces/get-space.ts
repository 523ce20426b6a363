import { isStarred } from "@/db/queries/stars";
import { canManage, canWrite } from "@/lib/domain/access";
import type { SpaceDto } from "@/lib/domain/api-types";
import type { ServiceContext } from "../context";
import { loadReadableSpace } from "./load-space";
import { ownedSpace, toSpaceDto } from "./space-dto";

/** One space with settings and view state, as the caller may see it. */
export async function getSpace(ctx: ServiceContext, slug: string): Promise<SpaceDto> {
  const row = await loadReadableSpace(ctx, slug);
  const starredByMe = ctx.principal.kind === "user" ? await isStarred(ctx.db, ctx.principal.userId, "space", row.space.id) : false;
  return toSpaceDto(row, ctx.principal, ctx.memberships, { starredByMe, canEdit: canWrite(ctx.principal, ownedSpace(row), ctx.memberships), canManage: canManage(ctx.principal, ownedSpace(row), ctx.memberships) });
}
