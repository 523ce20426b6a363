import { insertApiKey } from "@/db/queries/users";
import { generateApiKey } from "@/lib/auth/api-key-secret";
import type { CreatedApiKeyDto } from "@/lib/domain/api-types";
import type { ApiKeyCreateInput } from "@/lib/domain/schemas";
import { serverConfig } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import { type ServiceContext, requireWriter } from "../context";
import { toApiKeyDto } from "./api-key-dto";

/**
 * Mints an API key for the caller; the secret is in the answer once and only its hash is stored.
 * Sessions and write-scoped keys may mint; a key cannot mint scopes it lacks itself, and keys it
 * mints are revoked with it.
 */
export async function createApiKey(ctx: ServiceContext, input: ApiKeyCreateInput): Promise<CreatedApiKeyDto> {
  const userId = requireWriter(ctx);
  const scopes = [...new Set(input.scopes)];
  const held = ctx.principal.kind === "user" ? ctx.principal.scopes : [];
  const missing = scopes.filter((s) => !held.includes(s));
  if (missing.length) throw new AppError("forbidden", `This credential cannot grant scopes it does not have: ${missing.join(", ")}`);
  const defaultQuota = serverConfig().apiKeyDailyQuota;
  if (input.dailyQuota !== undefined && input.dailyQuota > defaultQuota) {
    throw new AppError("validation_failed", `dailyQuota can be at most ${defaultQuota}`, { errors: [{ pointer: "/dailyQuota", detail: `at most ${defaultQuota} requests a day` }] });
  }
  const { key, prefix, secretHash } = generateApiKey();
  const row = await insertApiKey(ctx.db, { userId, name: input.name, prefix, secretHash, scopes, createdAt: ctx.now, dailyQuota: input.dailyQuota ?? null, parentKeyId: ctx.principal.kind === "user" ? (ctx.principal.apiKeyId ?? null) : null });
  log.info("api key created", { requestId: ctx.requestId, userId, keyId: row.id, scopes: scopes.join(",") });
  return { key: toApiKeyDto(row, { defaultQuota, usedToday: 0 }), secret: key };
}
