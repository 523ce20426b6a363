import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { activityEvents, stars } from "../schema";

type Target = "dataset" | "protocol" | "space";

export async function isStarred(db: Db, userId: string, targetType: Target, targetId: string): Promise<boolean> {
  const rows = await db
    .select({ u: stars.userId })
    .from(stars)
    .where(and(eq(stars.userId, userId), eq(stars.targetType, targetType), eq(stars.targetId, targetId)))
    .limit(1);
  return rows.length > 0;
}

/** Idempotent star. */
export async function addStar(db: Db, userId: string, targetType: Target, targetId: string): Promise<void> {
  await db.insert(stars).values({ userId, targetType, targetId }).onConflictDoNothing();
}

export async function removeStar(db: Db, userId: string, targetType: Target, targetId: string): Promise<void> {
  await db.delete(stars).where(and(eq(stars.userId, userId), eq(stars.targetType, targetType), eq(stars.targetId, targetId)));
}

/**
 * Records a view or download once per actor, target and UTC day (a unique index; a repeat is a
 * no-op). Returns whether it counted. A download loop cannot buy a place in trending, and the
 * table does not grow with it.
 */
export async function recordEventOncePerDay(
  db: Db,
  e: { kind: "view" | "download"; targetType: Target; targetId: string; userId: string | null; actorKey: string },
): Promise<boolean> {
  const rows = await db.insert(activityEvents).values(e).onConflictDoNothing().returning({ id: activityEvents.id });
  return rows.length > 0;
}

/** Records a view, download or fork for trending. */
export async function recordEvent(db: Db, kind: "view" | "download" | "fork", targetType: Target, targetId: string, userId: string | null): Promise<void> {
  await db.insert(activityEvents).values({ kind, targetType, targetId, userId });
}

/** How many users starred one target. */
export async function countStars(db: Db, targetType: Target, targetId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(stars)
    .where(and(eq(stars.targetType, targetType), eq(stars.targetId, targetId)));
  return Number(rows[0]?.n ?? 0);
}
