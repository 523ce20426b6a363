import { isUniqueViolation } from "@/db/queries/errors";
import { insertSpace, spaceSlugsStartingWith } from "@/db/queries/spaces";
import { recordEvent } from "@/db/queries/stars";
import { canRead } from "@/lib/domain/access";
import type { SpaceDto } from "@/lib/domain/api-types";
import { isValidSlug } from "@/lib/domain/slug";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { getSpace } from "./get-space";
import { loadReadableSpace } from "./load-space";

const MAX_SLUG = 80;
const ATTEMPTS = 5;

/** `<slug>-fork-N`, the base shortened so the whole stays a valid slug. */
function forkSlug(slug: string, n: number): string {
  const suffix = `-fork-${n}`;
  return `${slug.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** The lowest free `<slug>-fork-N`. Every candidate for N < 10⁴ starts with the prefix queried here. */
async function freeForkSlug(ctx: ServiceContext, slug: string): Promise<string> {
  const prefix = slug.length <= MAX_SLUG - 10 ? `${slug}-fork-` : slug.slice(0, MAX_SLUG - 10).replace(/-+$/, "");
  const taken = new Set(await spaceSlugsStartingWith(ctx.db, prefix));
  for (let n = 1; ; n++) {
    const candidate = forkSlug(slug, n);
    if (!taken.has(candidate) && isValidSlug(candidate)) return candidate;
  }
}

/** Copies a readable space to the caller as a private space (`<slug>-fork-N`) and records a fork event. */
export async function forkSpace(ctx: ServiceContext, slug: string): Promise<SpaceDto> {
  const userId = requireWriter(ctx);
  const source = await loadReadableSpace(ctx, slug);
  const s = source.space;
  const d = source.dataset;
  // Keep the dataset link only if the forker may read the dataset themselves.
  const keepDataset = !!d?.id && !!d.ownerId && !!d.visibility && canRead(ctx.principal, { ownerId: d.ownerId, labId: d.labId, visibility: d.visibility, publishedAt: d.publishedAt }, ctx.memberships);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const forkedSlug = await freeForkSlug(ctx, s.slug);
    try {
      await insertSpace(ctx.db, {
        slug: forkedSlug,
        title: s.title,
        description: s.description,
        datasetId: keepDataset ? s.datasetId : null,
        labId: null,
        ownerId: userId,
        visibility: "private",
        settings: s.settings,
        viewState: s.viewState,
        forkedFromId: s.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    } catch (err) {
      if (isUniqueViolation(err)) continue; // a concurrent fork took the same N: pick again
      throw err;
    }
    await recordEvent(ctx.db, "fork", "space", s.id, userId);
    log.info("space forked", { requestId: ctx.requestId, userId, from: s.slug, slug: forkedSlug });
    return getSpace(ctx, forkedSlug);
  }
  throw new AppError("conflict", `Could not pick a free slug for a fork of "${slug}"; try again`);
}
