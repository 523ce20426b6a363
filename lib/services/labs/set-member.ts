import { findMember, setMemberRole } from "@/db/queries/labs";
import { findUserByEmail } from "@/db/queries/users";
import type { LabMemberDto } from "@/lib/domain/api-types";
import type { LabMemberInput } from "@/lib/domain/schemas";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { toLabMemberDto } from "./lab-dto";
import { loadVisibleLab } from "./load-lab";

/** Adds a user (by email) to a lab or changes their role. Lab owners only; the last owner cannot be demoted. */
export async function setLabMember(ctx: ServiceContext, slug: string, input: LabMemberInput): Promise<{ member: LabMemberDto; created: boolean }> {
  const callerId = requireWriter(ctx);
  const lab = await loadVisibleLab(ctx, slug);
  // Checked before the email lookup, so non-owners cannot probe which emails have accounts.
  if (ctx.memberships.get(lab.id) !== "owner") throw new AppError("forbidden", "Only lab owners can add members or change roles.");
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    throw new AppError("not_found", `No account uses the email "${input.email}"; ask them to sign up first.`, { errors: [{ pointer: "/email", detail: "no account with this email" }] });
  }
  const outcome = await setMemberRole(ctx.db, lab.id, user.id, input.role);
  if (outcome === "last_owner") throw new AppError("conflict", "A lab needs at least one owner: promote someone else before stepping down.");
  const member = await findMember(ctx.db, lab.id, user.id);
  if (!member) throw new AppError("conflict", "The membership changed concurrently; try again.");
  log.info("lab member set", { requestId: ctx.requestId, userId: callerId, lab: lab.slug, memberId: user.id, role: input.role, outcome });
  return { member: toLabMemberDto(member), created: outcome === "added" };
}
