import { listLabs } from "@/db/queries/labs";
import type { LabDto } from "@/lib/domain/api-types";
import type { ServiceContext } from "../context";
import { viewerOf } from "../viewer";
import { toLabDto } from "./lab-dto";

/** Labs are few: the whole visible list is returned at once, bounded. */
export const LAB_LIST_LIMIT = 500;

/** Public labs and the caller's own, by name; `members` is null in lists. */
export async function listVisibleLabs(ctx: ServiceContext): Promise<LabDto[]> {
  const rows = await listLabs(ctx.db, viewerOf(ctx), LAB_LIST_LIMIT);
  return rows.map((row) => toLabDto(row, ctx.memberships.get(row.lab.id) ?? null, null));
}
