import { type ProtocolListRow, findProtocolBySlug } from "@/db/queries/protocols";
import { canManage, canRead, canWrite } from "@/lib/domain/access";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";
import { ownedProtocol } from "./protocol-dto";

/** Loads a protocol the caller may read; unreadable ones are 404 so their existence does not leak. */
export async function loadReadableProtocol(ctx: ServiceContext, slug: string): Promise<ProtocolListRow> {
  const row = await findProtocolBySlug(ctx.db, slug);
  if (!row || !canRead(ctx.principal, ownedProtocol(row), ctx.memberships)) throw notFound(`Protocol "${slug}"`);
  return row;
}

/** Loads a protocol the caller may edit: 404 if they cannot even read it, 401 if anonymous, 403 if read-only. */
export async function loadEditableProtocol(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<ProtocolListRow> {
  const row = await loadReadableProtocol(ctx, slug);
  if (ctx.principal.kind !== "user") throw new AppError("unauthenticated", "Sign in to change this protocol.");
  const allowed = action === "manage" ? canManage : canWrite;
  if (!allowed(ctx.principal, ownedProtocol(row), ctx.memberships)) {
    throw new AppError("forbidden", action === "manage" ? "Only the owner or an owner of its lab can publish, move, change the visibility of, or delete this protocol." : "Only the owner and lab members can change this protocol.");
  }
  return row;
}
