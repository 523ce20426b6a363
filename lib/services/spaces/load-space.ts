import { type SpaceListRow, findSpaceBySlug } from "@/db/queries/spaces";
import { canManage, canRead, canWrite } from "@/lib/domain/access";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";
import { ownedSpace } from "./space-dto";

/** Loads a space the caller may read; unreadable ones are 404 so their existence does not leak. */
export async function loadReadableSpace(ctx: ServiceContext, slug: string): Promise<SpaceListRow> {
  const row = await findSpaceBySlug(ctx.db, slug);
  if (!row || !canRead(ctx.principal, ownedSpace(row), ctx.memberships)) throw notFound(`Space "${slug}"`);
  return row;
}

/** Loads a space the caller may edit: 404 if they cannot even read it, 401 if anonymous, 403 if read-only. */
export async function loadEditableSpace(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<SpaceListRow> {
  const row = await loadReadableSpace(ctx, slug);
  if (ctx.principal.kind !== "user") throw new AppError("unauthenticated", "Sign in to change this space.");
  const allowed = action === "manage" ? canManage : canWrite;
  if (!allowed(ctx.principal, ownedSpace(row), ctx.memberships)) {
    throw new AppError("forbidden", action === "manage" ? "Only the owner or an owner of its lab can publish, move, change the visibility of, or delete this space." : "Only the owner and lab members can change this space.");
  }
  return row;
}
