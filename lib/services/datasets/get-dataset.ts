import { filesOfDataset } from "@/db/queries/datasets";
import { isStarred } from "@/db/queries/stars";
import { canManage, canWrite } from "@/lib/domain/access";
import type { DatasetDto } from "@/lib/domain/api-types";
import type { ServiceContext } from "../context";
import { ownedDataset, toDatasetDto } from "./dataset-dto";
import { loadReadableDataset } from "./load-dataset";

/** One dataset with its files (each with sha256), as the caller may see it. */
export async function getDataset(ctx: ServiceContext, slug: string): Promise<DatasetDto> {
  const row = await loadReadableDataset(ctx, slug);
  const files = await filesOfDataset(ctx.db, row.dataset.id);
  const starredByMe = ctx.principal.kind === "user" ? await isStarred(ctx.db, ctx.principal.userId, "dataset", row.dataset.id) : false;
  return toDatasetDto(row, files, ctx.memberships, { starredByMe, canEdit: canWrite(ctx.principal, ownedDataset(row), ctx.memberships), canManage: canManage(ctx.principal, ownedDataset(row), ctx.memberships) });
}
