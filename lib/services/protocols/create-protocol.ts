import { isUniqueViolation } from "@/db/queries/errors";
import { insertProtocolWithSteps, protocolSlugTaken } from "@/db/queries/protocols";
import type { ProtocolDto } from "@/lib/domain/api-types";
import type { ProtocolCreateInput } from "@/lib/domain/schemas";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { slugForNew } from "../free-slug";
import { slugConflict } from "../slug-conflict";
import { getProtocol } from "./get-protocol";

/** Creates a protocol owned by the caller with its steps (dense 0-based positions), in one transaction. */
export async function createProtocol(ctx: ServiceContext, input: ProtocolCreateInput): Promise<ProtocolDto> {
  const ownerId = requireWriter(ctx);
  const slug = await slugForNew(input.slug, input.title, (s) => protocolSlugTaken(ctx.db, s));
  if (await protocolSlugTaken(ctx.db, slug)) throw slugConflict("protocol", slug);
  const labId = (await resolveMemberLab(ctx, input.labSlug)) ?? null;
  try {
    await insertProtocolWithSteps(
      ctx.db,
      { slug, title: input.title, description: input.description, labId, ownerId, visibility: input.visibility, tags: input.tags, createdAt: ctx.now, updatedAt: ctx.now },
      input.steps,
    );
  } catch (err) {
    // Another request took the slug between the check and the insert.
    if (isUniqueViolation(err)) throw slugConflict("protocol", slug);
    throw err;
  }
  log.info("protocol created", { requestId: ctx.requestId, userId: ownerId, slug, steps: input.steps.length });
  return getProtocol(ctx, slug);
}
