import { type DatasetListRow, findDatasetBySlug } from "@/db/queries/datasets";
import { canManage, canRead, canWrite } from "@/lib/domain/access";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";
import { ownedDataset } from "./dataset-dto";

/**
 * Loads a dataset the caller may read. Unreadable private datasets are reported as 404 so that
 * their existence does not leak.
 */
export async function loadReadableDataset(ctx: ServiceContext, slug: string): Promise<DatasetListRow> {
  const row = await findDatasetBySlug(ctx.db, slug);
  if (!row || !canRead(ctx.principal, ownedDataset(row), ctx.memberships)) throw notFound(`Dataset "${slug}"`);
  return row;
}

/** Loads a dataset the caller may edit: 404 if they cannot even read it, 403 if read-only, 401 if anonymous. */
export async function loadEditableDataset(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<DatasetListRow> {
  const row = await loadReadableDataset(ctx, slug);
  if (ctx.principal.kind !== "user") throw new AppError("unauthenticated", "Sign in to change this dataset.");
  const allowed = action === "manage" ? canManage : canWrite;
  if (!allowed(ctx.principal, ownedDataset(row), ctx.memberships)) {
    throw new AppError("forbidden", action === "manage" ? "Only the owner or an owner of its lab can publish, move, change the visibility of, or delete this dataset." : "Only the owner and lab members can change this dataset.");
  }
  return row;
}
