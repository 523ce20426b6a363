import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys } from "../schema";
import type { ApiKeyRow } from "./users";

/**
 * Revokes one of a user's keys, keeping the first revocation time (idempotent); undefined when the
 * key is not theirs. The Date goes through `sql.param` with the column's encoder: a bare Date inside
 * a raw `sql` template is sent unserialized, which postgres.js rejects (PGlite happens to accept it).
 */
export async function revokeOwnApiKey(db: Db, userId: string, id: string, now: Date): Promise<ApiKeyRow | undefined> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${sql.param(now, apiKeys.revokedAt)})` })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
    .returning();
  return rows[0];
}
