import { findLabBySlug } from "@/db/queries/labs";
import { AppError } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";

/**
 * The lab an object is being filed under: it must exist and the caller must be a member.
 * `undefined` leaves the lab unchanged, `null` means no lab.
 */
export async function resolveMemberLab(ctx: ServiceContext, labSlug: string | null | undefined, pointer = "/labSlug"): Promise<string | null | undefined> {
  if (labSlug === undefined) return undefined;
  if (labSlug === null || labSlug === "") return null;
  const lab = await findLabBySlug(ctx.db, labSlug);
  if (!lab || !ctx.memberships.has(lab.id)) {
    throw new AppError("validation_failed", `You are not a member of a lab "${labSlug}"`, { errors: [{ pointer, detail: "not a member of this lab" }] });
  }
  return lab.id;
}

/** Lab id for a list filter: any lab the caller may see (404 for private labs of others). */
export async function resolveLabFilter(ctx: ServiceContext, labSlug: string | undefined): Promise<string | undefined> {
  if (!labSlug) return undefined;
  const lab = await findLabBySlug(ctx.db, labSlug);
  if (!lab || (lab.visibility === "private" && !ctx.memberships.has(lab.id))) throw new AppError("not_found", `Lab "${labSlug}" was not found`);
  return lab.id;
}
