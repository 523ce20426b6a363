import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeyUsage, apiKeys } from "../schema";
import type { ApiKeyRow } from "./users";

/**
 * Revokes one of a user's keys and every key minted from it, directly or through other keys,
 * keeping each key's first revocation time (idempotent); undefined when the key is not theirs. The
 * Date goes through `sql.param` with the column's encoder: a bare Date inside a raw `sql` template
 * is sent unserialized, which postgres.js rejects (PGlite happens to accept it).
 */
export async function revokeOwnApiKey(db: Db, userId: string, id: string, now: Date): Promise<ApiKeyRow | undefined> {
  return db.transaction(async (tx) => {
    const revokedAt = sql`coalesce(${apiKeys.revokedAt}, ${sql.param(now, apiKeys.revokedAt)})`;
    const [root] = await tx
      .update(apiKeys)
      .set({ revokedAt })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
      .returning();
    if (!root) return undefined;
    // Breadth-first over the minting tree; each pass revokes one generation. A user has few keys.
    let frontier = [root.id];
    for (let depth = 0; frontier.length > 0 && depth < 1000; depth++) {
      const children = await tx
        .update(apiKeys)
        .set({ revokedAt })
        .where(and(inArray(apiKeys.parentKeyId, frontier), eq(apiKeys.userId, userId)))
        .returning({ id: apiKeys.id });
      frontier = children.map((c) => c.id);
    }
    return root;
  });
}

/** Counts one request of an API key on a UTC day (`YYYY-MM-DD`) and returns the day's total so far. */
export async function countApiKeyRequest(db: Db, apiKeyId: string, day: string): Promise<number> {
  const rows = await db
    .insert(apiKeyUsage)
    .values({ apiKeyId, day, count: 1 })
    // Capped well below int4's limit so a flood cannot overflow the counter.
    .onConflictDoUpdate({ target: [apiKeyUsage.apiKeyId, apiKeyUsage.day], set: { count: sql`least(${apiKeyUsage.count} + 1, 2000000000)` } })
    .returning({ count: apiKeyUsage.count });
  return rows[0]!.count;
}

/** Requests counted on a UTC day for the given keys (keys without any are absent). */
export async function apiKeyUsageOn(db: Db, apiKeyIds: readonly string[], day: string): Promise<Map<string, number>> {
  if (apiKeyIds.length === 0) return new Map();
  const rows = await db
    .select({ apiKeyId: apiKeyUsage.apiKeyId, count: apiKeyUsage.count })
    .from(apiKeyUsage)
    .where(and(inArray(apiKeyUsage.apiKeyId, [...apiKeyIds]), eq(apiKeyUsage.day, day)));
  return new Map(rows.map((r) => [r.apiKeyId, r.count]));
}
