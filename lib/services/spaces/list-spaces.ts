import { listSpaces } from "@/db/queries/spaces";
import { encodeCursor } from "@/db/queries/visibility";
import type { Page, SpaceListItem } from "@/lib/domain/api-types";
import { type ServiceContext, requireUser } from "../context";
import { resolveLabFilter } from "../labs/resolve-lab";
import type { ListQuery } from "../list-params";
import { rejectFilters } from "../unsupported-filters";
import { viewerOf } from "../viewer";
import { toSpaceListItem } from "./space-dto";

/** A cursor page of the spaces the caller may read, newest first, filtered by lab, text or ownership. */
export async function listSpacesPage(ctx: ServiceContext, q: ListQuery): Promise<Page<SpaceListItem>> {
  rejectFilters(q, ["format", "tag"], "spaces");
  const rows = await listSpaces(
    ctx.db,
    viewerOf(ctx),
    { labId: await resolveLabFilter(ctx, q.lab), ownerId: q.onlyMine ? requireUser(ctx) : undefined, text: q.q || undefined },
    q.cursorValue,
    q.limit,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toSpaceListItem(row, ctx.principal, ctx.memberships)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ ts: last.cursorTs, id: last.space.id }) : null,
  };
}
