import { isUniqueViolation } from "@/db/queries/errors";
import { insertLabWithOwner, labSlugTaken } from "@/db/queries/labs";
import type { LabDto } from "@/lib/domain/api-types";
import type { LabCreateInput } from "@/lib/domain/schemas";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { slugForNew } from "../free-slug";
import { slugConflict } from "../slug-conflict";
import { labDetail } from "./lab-detail";

/** Creates a lab; the creator becomes its owner. */
export async function createLab(ctx: ServiceContext, input: LabCreateInput): Promise<LabDto> {
  const userId = requireWriter(ctx);
  const slug = await slugForNew(input.slug, input.name, (s) => labSlugTaken(ctx.db, s));
  if (await labSlugTaken(ctx.db, slug)) throw slugConflict("lab", slug);
  let labId: string;
  try {
    const lab = await insertLabWithOwner(
      ctx.db,
      { slug, name: input.name, description: input.description, institution: input.institution ?? null, visibility: input.visibility, createdAt: ctx.now },
      userId,
    );
    labId = lab.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw slugConflict("lab", slug);
    throw err;
  }
  log.info("lab created", { requestId: ctx.requestId, userId, slug });
  // ctx.memberships predates the lab: the creator's role is known to be owner.
  return labDetail(ctx.db, labId, "owner");
}
