import { findUserById, membershipsOf } from "@/db/queries/users";
import type { MeDto } from "@/lib/domain/api-types";
import { AppError } from "@/lib/errors/app-error";
import { type ServiceContext, requireUser } from "../context";

/** The signed-in caller with their lab memberships; 401 when anonymous. */
export async function getMe(ctx: ServiceContext): Promise<MeDto> {
  const userId = requireUser(ctx);
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError("unauthenticated", "The account no longer exists.");
  const labs = await membershipsOf(ctx.db, userId);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    handle: user.handle,
    role: user.role,
    labs: labs.map((l) => ({ id: l.id, slug: l.slug, name: l.name, role: l.role })),
  };
}
