import { findDatasetBySlug } from "@/db/queries/datasets";
import { canRead } from "@/lib/domain/access";
import { AppError } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";
import { ownedDataset } from "../datasets/dataset-dto";

/**
 * The dataset a space analyses: it must exist and be readable by the caller, else a validation
 * error on `/datasetSlug` (the same answer for missing and private, so nothing leaks).
 * `undefined` leaves it unchanged, `null` means no dataset.
 */
export async function resolveReadableDataset(ctx: ServiceContext, datasetSlug: string | null | undefined): Promise<string | null | undefined> {
  if (datasetSlug === undefined) return undefined;
  if (datasetSlug === null || datasetSlug === "") return null;
  const row = await findDatasetBySlug(ctx.db, datasetSlug);
  if (!row || !canRead(ctx.principal, ownedDataset(row), ctx.memberships)) {
    throw new AppError("validation_failed", `No dataset "${datasetSlug}" that you can read`, { errors: [{ pointer: "/datasetSlug", detail: "no readable dataset with this slug" }] });
  }
  return row.dataset.id;
}
