import { listProtocols } from "@/db/queries/protocols";
import { encodeCursor } from "@/db/queries/visibility";
import type { Page, ProtocolListItem } from "@/lib/domain/api-types";
import { type ServiceContext, requireUser } from "../context";
import { resolveLabFilter } from "../labs/resolve-lab";
import type { ListQuery } from "../list-params";
import { rejectFilters } from "../unsupported-filters";
import { viewerOf } from "../viewer";
import { toProtocolListItem } from "./protocol-dto";

/** A cursor page of the protocols the caller may read, newest first, filtered by lab, tag, text or ownership. */
export async function listProtocolsPage(ctx: ServiceContext, q: ListQuery): Promise<Page<ProtocolListItem>> {
  rejectFilters(q, ["format"], "protocols");
  const rows = await listProtocols(
    ctx.db,
    viewerOf(ctx),
    {
      labId: await resolveLabFilter(ctx, q.lab),
      ownerId: q.onlyMine ? requireUser(ctx) : undefined,
      tag: q.tag,
      text: q.q || undefined,
    },
    q.cursorValue,
    q.limit,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toProtocolListItem(row, ctx.memberships)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ ts: last.cursorTs, id: last.protocol.id }) : null,
  };
}
