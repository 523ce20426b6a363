import { type SpaceListRow, findSpaceBySlug } from "@/db/queries/spaces";
import { assertEditable, assertReadable } from "../authorize";
import type { ServiceContext } from "../context";
import { ownedSpace } from "./space-dto";

/** Loads a space the caller may read; unreadable ones are 404 so their existence does not leak. */
export async function loadReadableSpace(ctx: ServiceContext, slug: string): Promise<SpaceListRow> {
  return assertReadable(ctx, await findSpaceBySlug(ctx.db, slug), ownedSpace, `Space "${slug}"`);
}

/** Loads a space the caller may change: 404 if they cannot even read it, 401 if anonymous, 403 otherwise. */
export async function loadEditableSpace(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<SpaceListRow> {
  const row = await loadReadableSpace(ctx, slug);
  assertEditable(ctx, ownedSpace(row), action, "space");
  return row;
}
