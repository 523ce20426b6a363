import { removeMemberKeepingOwner } from "@/db/queries/labs";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { isUuid } from "../uuid";
import { loadVisibleLab } from "./load-lab";

/** Removes a member: lab owners may remove anyone, a member may leave. The last owner cannot be removed. */
export async function removeLabMember(ctx: ServiceContext, slug: string, memberId: string): Promise<void> {
  const callerId = requireWriter(ctx);
  const lab = await loadVisibleLab(ctx, slug);
  if (ctx.memberships.get(lab.id) !== "owner" && memberId !== callerId) {
    throw new AppError("forbidden", "Only lab owners can remove other members.");
  }
  const outcome = isUuid(memberId) ? await removeMemberKeepingOwner(ctx.db, lab.id, memberId) : "not_member";
  if (outcome === "not_member") throw new AppError("not_found", `User "${memberId}" is not a member of lab "${slug}"`);
  if (outcome === "last_owner") throw new AppError("conflict", "A lab needs at least one owner: promote someone else first.");
  log.info("lab member removed", { requestId: ctx.requestId, userId: callerId, lab: lab.slug, memberId });
}
