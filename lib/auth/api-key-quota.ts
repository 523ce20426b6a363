import "server-only";
import type { Db } from "@/db";
import { countApiKeyRequest } from "@/db/queries/api-keys";
import { AppError } from "@/lib/errors/app-error";

/** The UTC calendar day of an instant, `YYYY-MM-DD`: quotas reset at 00:00 UTC. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/**
 * Counts this request against the key's daily quota (exact across app instances: one atomic
 * upsert in the database) and refuses it with 429 once the quota is used up.
 */
export async function consumeDailyQuota(db: Db, key: { id: string; dailyQuota: number | null }, now: Date, defaultQuota: number): Promise<void> {
  const quota = Math.min(key.dailyQuota ?? defaultQuota, defaultQuota);
  const used = await countApiKeyRequest(db, key.id, utcDay(now));
  if (used <= quota) return;
  const resetAt = nextUtcMidnight(now);
  const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  throw new AppError("rate_limited", `This API key has used its daily quota of ${quota} requests; it resets at ${resetAt.toISOString()}.`, {
    extra: { quota, resetAt: resetAt.toISOString() },
    // The RateLimit-* fields belong to the edge's per-client buckets (it sets them on every
    // answer); the quota is described by the body and Retry-After.
    headers: { "retry-after": String(retryAfter) },
  });
}
