import "server-only";
import type { Db } from "@/db";
import type { Memberships, Principal } from "@/lib/domain/access";
import { AppError } from "@/lib/errors/app-error";

/** Everything a service needs about the request it serves. */
export interface ServiceContext {
  db: Db;
  principal: Principal;
  memberships: Memberships;
  now: Date;
  requestId: string;
}

/** The signed-in user id, or 401. */
export function requireUser(ctx: ServiceContext): string {
  if (ctx.principal.kind !== "user") throw new AppError("unauthenticated", "Sign in or send an API key to do this.");
  return ctx.principal.userId;
}

/** A user whose credential may write, or 401/403. */
export function requireWriter(ctx: ServiceContext): string {
  const userId = requireUser(ctx);
  if (ctx.principal.kind === "user" && !ctx.principal.scopes.includes("write")) {
    throw new AppError("forbidden", "This API key is read-only.");
  }
  return userId;
}

export function requireAdmin(ctx: ServiceContext): string {
  const userId = requireUser(ctx);
  if (ctx.principal.kind !== "user" || ctx.principal.role !== "admin") throw new AppError("forbidden", "Administrators only.");
  return userId;
}
