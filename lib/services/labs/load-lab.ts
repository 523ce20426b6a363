import { type LabRow, findLabBySlug } from "@/db/queries/labs";
import { notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";

/** A lab the caller may see: public, or one they belong to. Private labs are 404 to everyone else. */
export async function loadVisibleLab(ctx: ServiceContext, slug: string): Promise<LabRow> {
  const lab = await findLabBySlug(ctx.db, slug);
  if (!lab || (lab.visibility === "private" && !ctx.memberships.has(lab.id))) throw notFound(`Lab "${slug}"`);
  return lab;
}
