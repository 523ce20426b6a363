import { type ProtocolListRow, findProtocolBySlug } from "@/db/queries/protocols";
import { assertEditable, assertReadable } from "../authorize";
import type { ServiceContext } from "../context";
import { ownedProtocol } from "./protocol-dto";

/** Loads a protocol the caller may read; unreadable ones are 404 so their existence does not leak. */
export async function loadReadableProtocol(ctx: ServiceContext, slug: string): Promise<ProtocolListRow> {
  return assertReadable(ctx, await findProtocolBySlug(ctx.db, slug), ownedProtocol, `Protocol "${slug}"`);
}

/** Loads a protocol the caller may change: 404 if they cannot even read it, 401 if anonymous, 403 otherwise. */
export async function loadEditableProtocol(ctx: ServiceContext, slug: string, action: "write" | "manage" = "write"): Promise<ProtocolListRow> {
  const row = await loadReadableProtocol(ctx, slug);
  assertEditable(ctx, ownedProtocol(row), action, "protocol");
  return row;
}
