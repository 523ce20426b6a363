import { isUniqueViolation } from "@/db/queries/errors";
import { insertSpace, spaceSlugTaken } from "@/db/queries/spaces";
import type { SpaceDto } from "@/lib/domain/api-types";
import type { SpaceCreateInput } from "@/lib/domain/schemas";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { slugForNew } from "../free-slug";
import { slugConflict } from "../slug-conflict";
import { getSpace } from "./get-space";
import { resolveReadableDataset } from "./resolve-dataset";

/** Creates a space owned by the caller; its dataset must be one the caller can read. */
export async function createSpace(ctx: ServiceContext, input: SpaceCreateInput): Promise<SpaceDto> {
  const ownerId = requireWriter(ctx);
  const slug = await slugForNew(input.slug, input.title, (s) => spaceSlugTaken(ctx.db, s));
  if (await spaceSlugTaken(ctx.db, slug)) throw slugConflict("space", slug);
  const datasetId = (await resolveReadableDataset(ctx, input.datasetSlug)) ?? null;
  const labId = (await resolveMemberLab(ctx, input.labSlug)) ?? null;
  try {
    await insertSpace(ctx.db, {
      slug,
      title: input.title,
      description: input.description,
      datasetId,
      labId,
      ownerId,
      visibility: input.visibility,
      settings: input.settings,
      viewState: input.viewState,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugConflict("space", slug);
    throw err;
  }
  log.info("space created", { requestId: ctx.requestId, userId: ownerId, slug });
  return getSpace(ctx, slug);
}
