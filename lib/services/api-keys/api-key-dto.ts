import type { ApiKeyRow } from "@/db/queries/users";
import type { ApiKeyDto } from "@/lib/domain/api-types";

/** An API key on the wire: never its hash. */
export function toApiKeyDto(row: ApiKeyRow, usage: { defaultQuota: number; usedToday: number }): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    dailyQuota: Math.min(row.dailyQuota ?? usage.defaultQuota, usage.defaultQuota),
    usedToday: usage.usedToday,
  };
}
