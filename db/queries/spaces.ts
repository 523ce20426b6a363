import { type SQL, and, desc, eq, like, sql } from "drizzle-orm";
import type { Db } from "../client";
import { activityEvents, datasets, labs, spaces, stars, users } from "../schema";
import { type Cursor, type Viewer, beforeCursor, cursorTs, readableBy, starCountOf } from "./visibility";

export type SpaceRow = typeof spaces.$inferSelect;
export type NewSpace = typeof spaces.$inferInsert;

export interface SpaceFilters {
  labId?: string;
  ownerId?: string;
  text?: string;
}

const textVector = sql`to_tsvector('simple', coalesce(${spaces.title}, '') || ' ' || coalesce(${spaces.description}, ''))`;

/** The linked dataset comes with its access facts so callers can hide it from viewers who may not read it. */
const listColumns = {
  space: spaces,
  cursorTs: cursorTs(spaces.createdAt),
  lab: { id: labs.id, slug: labs.slug, name: labs.name, visibility: labs.visibility },
  owner: { id: users.id, handle: users.handle, name: users.name },
  dataset: {
    id: datasets.id,
    slug: datasets.slug,
    title: datasets.title,
    ownerId: datasets.ownerId,
    labId: datasets.labId,
    visibility: datasets.visibility,
    publishedAt: datasets.publishedAt,
  },
  starCount: starCountOf("space", spaces.id),
};

/** One page of spaces the viewer may read, newest first; fetches `limit + 1` rows to know if more exist. */
export async function listSpaces(db: Db, viewer: Viewer, filters: SpaceFilters, cursor: Cursor | null, limit: number) {
  const where: SQL[] = [readableBy(spaces, viewer)];
  if (filters.labId) where.push(eq(spaces.labId, filters.labId));
  if (filters.ownerId) where.push(eq(spaces.ownerId, filters.ownerId));
  if (filters.text) where.push(sql`${textVector} @@ plainto_tsquery('simple', ${filters.text})`);
  if (cursor) where.push(beforeCursor(spaces.createdAt, spaces.id, cursor));
  return db
    .select(listColumns)
    .from(spaces)
    .innerJoin(users, eq(users.id, spaces.ownerId))
    .leftJoin(labs, eq(labs.id, spaces.labId))
    .leftJoin(datasets, eq(datasets.id, spaces.datasetId))
    .where(and(...where))
    .orderBy(desc(spaces.createdAt), desc(spaces.id))
    .limit(limit + 1);
}

export type SpaceListRow = Awaited<ReturnType<typeof listSpaces>>[number];

/** A space by slug with lab, owner and dataset, regardless of visibility (callers authorize). */
export async function findSpaceBySlug(db: Db, slug: string): Promise<SpaceListRow | undefined> {
  const rows = await db
    .select(listColumns)
    .from(spaces)
    .innerJoin(users, eq(users.id, spaces.ownerId))
    .leftJoin(labs, eq(labs.id, spaces.labId))
    .leftJoin(datasets, eq(datasets.id, spaces.datasetId))
    .where(eq(spaces.slug, slug))
    .limit(1);
  return rows[0];
}

export async function spaceSlugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: spaces.id }).from(spaces).where(eq(spaces.slug, slug)).limit(1);
  return rows.length > 0;
}

/** Slugs that start with `prefix` (slugs hold only [a-z0-9-], so no LIKE escaping is needed). */
export async function spaceSlugsStartingWith(db: Db, prefix: string): Promise<string[]> {
  const rows = await db.select({ slug: spaces.slug }).from(spaces).where(like(spaces.slug, `${prefix}%`));
  return rows.map((r) => r.slug);
}

export async function insertSpace(db: Db, values: NewSpace): Promise<SpaceRow> {
  const rows = await db.insert(spaces).values(values).returning();
  if (!rows[0]) throw new Error("insert returned no row");
  return rows[0];
}

export async function updateSpace(db: Db, id: string, patch: Partial<NewSpace>): Promise<void> {
  await db.update(spaces).set(patch).where(eq(spaces.id, id));
}

/** Deletes a space with its stars and activity events. */
export async function deleteSpace(db: Db, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(stars).where(and(eq(stars.targetType, "space"), eq(stars.targetId, id)));
    await tx.delete(activityEvents).where(and(eq(activityEvents.targetType, "space"), eq(activityEvents.targetId, id)));
    await tx.delete(spaces).where(eq(spaces.id, id));
  });
}
