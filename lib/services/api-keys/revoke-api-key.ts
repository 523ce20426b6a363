import { revokeOwnApiKey } from "@/db/queries/api-keys";
import { notFound } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { isUuid } from "../uuid";

/** Revokes one of the caller's keys (idempotent); another user's key is 404. */
export async function revokeMyApiKey(ctx: ServiceContext, id: string): Promise<void> {
  const userId = requireWriter(ctx);
  const row = isUuid(id) ? await revokeOwnApiKey(ctx.db, userId, id, ctx.now) : undefined;
  if (!row) throw notFound(`API key "${id}"`);
  log.info("api key revoked", { requestId: ctx.requestId, userId, keyId: row.id });
}
