import { addStar, countStars, removeStar } from "@/db/queries/stars";
import { type ServiceContext, requireWriter } from "../context";
import { loadReadableDataset } from "../datasets/load-dataset";
import { loadReadableProtocol } from "../protocols/load-protocol";
import { loadReadableSpace } from "../spaces/load-space";

export type StarTarget = "dataset" | "protocol" | "space";

/** The id of a target the caller may read (404 otherwise, so private objects do not leak). */
async function readableTargetId(ctx: ServiceContext, targetType: StarTarget, slug: string): Promise<string> {
  switch (targetType) {
    case "dataset":
      return (await loadReadableDataset(ctx, slug)).dataset.id;
    case "protocol":
      return (await loadReadableProtocol(ctx, slug)).protocol.id;
    case "space":
      return (await loadReadableSpace(ctx, slug)).space.id;
  }
}

/** Stars or unstars a readable object for the caller. Idempotent; answers with the new state and count. */
export async function setStar(ctx: ServiceContext, targetType: StarTarget, slug: string, on: boolean): Promise<{ starred: boolean; starCount: number }> {
  // A star is a write: read-only API keys may not change it.
  const userId = requireWriter(ctx);
  const targetId = await readableTargetId(ctx, targetType, slug);
  if (on) await addStar(ctx.db, userId, targetType, targetId);
  else await removeStar(ctx.db, userId, targetType, targetId);
  return { starred: on, starCount: await countStars(ctx.db, targetType, targetId) };
}
