import { patchNeedsManage } from "@/lib/domain/access";
import { updateSpace } from "@/db/queries/spaces";
import type { SpaceDto } from "@/lib/domain/api-types";
import type { SpaceUpdateInput } from "@/lib/domain/schemas";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { getSpace } from "./get-space";
import { loadEditableSpace } from "./load-space";
import { resolveReadableDataset } from "./resolve-dataset";
import { exportIfWithdrawn } from "../exports/withdrawal-export";

/** Changes a space; a new dataset must be readable by the caller, a new lab must be one of theirs. */
export async function updateSpaceContent(ctx: ServiceContext, slug: string, patch: SpaceUpdateInput): Promise<SpaceDto> {
  requireWriter(ctx);
  const row = await loadEditableSpace(ctx, slug, patchNeedsManage(patch) ? "manage" : "write");
  const { labSlug, datasetSlug, ...rest } = patch;
  const datasetId = await resolveReadableDataset(ctx, datasetSlug);
  const labId = await resolveMemberLab(ctx, labSlug);
  await updateSpace(ctx.db, row.space.id, {
    ...rest,
    ...(datasetId !== undefined ? { datasetId } : {}),
    ...(labId !== undefined ? { labId } : {}),
    updatedAt: ctx.now,
  });
  exportIfWithdrawn(ctx, "space", row.space, { visibility: patch.visibility ?? row.space.visibility });
  return getSpace(ctx, slug);
}
