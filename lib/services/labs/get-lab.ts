import type { LabDto } from "@/lib/domain/api-types";
import type { ServiceContext } from "../context";
import { labDetail } from "./lab-detail";
import { loadVisibleLab } from "./load-lab";

/** One lab with the caller's role; members only for members; private labs are 404 to non-members. */
export async function getLab(ctx: ServiceContext, slug: string): Promise<LabDto> {
  const lab = await loadVisibleLab(ctx, slug);
  return labDetail(ctx.db, lab.id, ctx.memberships.get(lab.id) ?? null);
}
