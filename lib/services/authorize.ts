import { type OwnedObject, canManage, canRead, canWrite } from "@/lib/domain/access";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "./context";

/** Throws 404 unless the caller may read the object: private objects never reveal that they exist. */
export function assertReadable<T>(ctx: ServiceContext, row: T | undefined, owned: (row: T) => OwnedObject, what: string): T {
  if (!row || !canRead(ctx.principal, owned(row), ctx.memberships)) throw notFound(what);
  return row;
}

/**
 * Throws unless the caller may change a readable object: 401 anonymous, 403 when they lack the
 * right — `write` edits content (owner or lab member), `manage` publishes, moves, changes
 * visibility or deletes (owner or lab owner).
 */
export function assertEditable(ctx: ServiceContext, owned: OwnedObject, action: "write" | "manage", noun: string): void {
  if (ctx.principal.kind !== "user") throw new AppError("unauthenticated", `Sign in to change this ${noun}.`);
  const allowed = action === "manage" ? canManage : canWrite;
  if (!allowed(ctx.principal, owned, ctx.memberships)) {
    throw new AppError(
      "forbidden",
      action === "manage"
        ? `Only the owner or an owner of its lab can publish, move, change the visibility of, or delete this ${noun}.`
        : `Only the owner and lab members can change this ${noun}.`,
    );
  }
}
