import { type DatasetListRow, findDatasetBySlug } from "@/db/queries/datasets";
import { assertEditable, assertReadable } from "../authorize";
import type { ServiceContext } from "../context";
import { ownedDataset } from "./dataset-dto";

/** Loads a dataset the caller may read; unreadable ones are 404 so their existence does not leak. */
export async function loadReadableDataset(ctx: ServiceContext, slug: string): Promise<DatasetListRow> {
  return assertReadable(ctx, await findDatasetBySlug(ctx.db, slug), ownedDataset, `Dataset "${slug}"`);
}

/** Loads a dataset the caller may change: 404 if they cannot even read it, 401 if anonymous, 403 otherwise. */
export async function loadEditableDataset(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<DatasetListRow> {
  const row = await loadReadableDataset(ctx, slug);
  assertEditable(ctx, ownedDataset(row), action, "dataset");
  return row;
}
