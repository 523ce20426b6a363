import { listDatasets } from "@/db/queries/datasets";
import { encodeCursor } from "@/db/queries/visibility";
import type { DatasetListItem, FileFormat, Page } from "@/lib/domain/api-types";
import { type ServiceContext, requireUser } from "../context";
import { resolveLabFilter } from "../labs/resolve-lab";
import type { ListQuery } from "../list-params";
import { viewerOf } from "../viewer";
import { toDatasetListItem } from "./dataset-dto";

/** A cursor page of the datasets the caller may read, newest first, with filters. */
export async function listDatasetsPage(ctx: ServiceContext, q: ListQuery): Promise<Page<DatasetListItem>> {
  const rows = await listDatasets(
    ctx.db,
    viewerOf(ctx),
    {
      labId: await resolveLabFilter(ctx, q.lab),
      ownerId: q.onlyMine ? requireUser(ctx) : undefined,
      format: q.format as FileFormat | undefined,
      tag: q.tag,
      text: q.q || undefined,
    },
    q.cursorValue,
    q.limit,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toDatasetListItem(row, ctx.memberships)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ ts: last.cursorTs, id: last.dataset.id }) : null,
  };
}
