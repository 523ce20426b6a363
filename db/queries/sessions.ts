import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { revokedSessions } from "../schema";

/** Records a signed-out session until its JWT would expire; drops rows already past expiry. */
export async function revokeSession(db: Db, sid: string, expiresAt: Date, now: Date): Promise<void> {
  await db.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
}

export async function isSessionRevoked(db: Db, sid: string): Promise<boolean> {
  const rows = await db.select({ sid: revokedSessions.sid }).from(revokedSessions).where(eq(revokedSessions.sid, sid)).limit(1);
  return rows.length > 0;
}
