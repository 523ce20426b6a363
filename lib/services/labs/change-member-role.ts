import { findMember, updateMemberRole } from "@/db/queries/labs";
import type { LabMemberDto } from "@/lib/domain/api-types";
import type { LabMemberRoleInput } from "@/lib/domain/schemas";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { isUuid } from "../uuid";
import { toLabMemberDto } from "./lab-dto";
import { loadVisibleLab } from "./load-lab";

/** Changes a member's role by user id (as the member list shows them). Lab owners only; the last owner cannot be demoted. */
export async function changeLabMemberRole(ctx: ServiceContext, slug: string, memberId: string, input: LabMemberRoleInput): Promise<LabMemberDto> {
  const callerId = requireWriter(ctx);
  const lab = await loadVisibleLab(ctx, slug);
  if (ctx.memberships.get(lab.id) !== "owner") throw new AppError("forbidden", "Only lab owners can change roles.");
  const outcome = isUuid(memberId) ? await updateMemberRole(ctx.db, lab.id, memberId, input.role) : "not_member";
  if (outcome === "not_member") throw new AppError("not_found", `User "${memberId}" is not a member of lab "${slug}"`);
  if (outcome === "last_owner") throw new AppError("conflict", "A lab needs at least one owner: promote someone else before stepping down.");
  const member = await findMember(ctx.db, lab.id, memberId);
  if (!member) throw new AppError("conflict", "The membership changed concurrently; try again.");
  log.info("lab member role changed", { requestId: ctx.requestId, userId: callerId, lab: lab.slug, memberId, role: input.role });
  return toLabMemberDto(member);
}
