import { patchNeedsManage } from "@/lib/domain/access";
import { updateDataset } from "@/db/queries/datasets";
import type { DatasetDto } from "@/lib/domain/api-types";
import type { DatasetPatchInput } from "@/lib/domain/schemas";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { getDataset } from "./get-dataset";
import { loadEditableDataset } from "./load-dataset";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Changes metadata; moving a dataset to a lab requires membership of that lab. */
export async function updateDatasetMetadata(ctx: ServiceContext, slug: string, patch: DatasetPatchInput): Promise<DatasetDto> {
  requireWriter(ctx);
  const row = await loadEditableDataset(ctx, slug, patchNeedsManage(patch) ? "manage" : "write");
  const { labSlug, ...rest } = patch;
  const labId = await resolveMemberLab(ctx, labSlug);
  await updateDataset(ctx.db, row.dataset.id, { ...rest, ...(labId !== undefined ? { labId } : {}), updatedAt: ctx.now });
  exportIfWithdrawn(ctx, "dataset", row.dataset, { ...row.dataset, visibility: patch.visibility ?? row.dataset.visibility });
  return getDataset(ctx, slug);
}

/** Publishes (sets publishedAt once) or unpublishes (back to draft). Idempotent. */
export async function setDatasetPublished(ctx: ServiceContext, slug: string, published: boolean): Promise<DatasetDto> {
  requireWriter(ctx);
  const row = await loadEditableDataset(ctx, slug, "manage");
  const publishedAt = published ? (row.dataset.publishedAt ?? ctx.now) : null;
  await updateDataset(ctx.db, row.dataset.id, { publishedAt, updatedAt: ctx.now });
  exportIfWithdrawn(ctx, "dataset", row.dataset, { ...row.dataset, publishedAt });
  return getDataset(ctx, slug);
}
