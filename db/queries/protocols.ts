import { type SQL, and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { activityEvents, labs, protocolSteps, protocols, stars, users } from "../schema";
import { type Cursor, type Viewer, beforeCursor, cursorTs, readableBy, starCountOf } from "./visibility";

export type ProtocolRow = typeof protocols.$inferSelect;
export type ProtocolStepRow = typeof protocolSteps.$inferSelect;
export type NewProtocol = typeof protocols.$inferInsert;
/** A step as callers supply it; position comes from its index in the list. */
export type NewProtocolStep = Pick<typeof protocolSteps.$inferInsert, "title" | "body" | "durationMinutes">;

export interface ProtocolFilters {
  labId?: string;
  ownerId?: string;
  tag?: string;
  text?: string;
}

const textVector = sql`to_tsvector('simple', coalesce(${protocols.title}, '') || ' ' || coalesce(${protocols.description}, ''))`;

const listColumns = {
  protocol: protocols,
  cursorTs: cursorTs(protocols.createdAt),
  lab: { id: labs.id, slug: labs.slug, name: labs.name, visibility: labs.visibility },
  owner: { id: users.id, handle: users.handle, name: users.name },
  starCount: starCountOf("protocol", protocols.id),
  stepCount: sql<number>`(select count(*)::int from protocol_steps s where s.protocol_id = ${protocols.id})`,
};

/** One page of protocols the viewer may read, newest first; fetches `limit + 1` rows to know if more exist. */
export async function listProtocols(db: Db, viewer: Viewer, filters: ProtocolFilters, cursor: Cursor | null, limit: number) {
  const where: SQL[] = [readableBy(protocols, viewer)];
  if (filters.labId) where.push(eq(protocols.labId, filters.labId));
  if (filters.ownerId) where.push(eq(protocols.ownerId, filters.ownerId));
  if (filters.tag) where.push(sql`${protocols.tags} @> ARRAY[${filters.tag}]::text[]`);
  if (filters.text) where.push(sql`${textVector} @@ plainto_tsquery('simple', ${filters.text})`);
  if (cursor) where.push(beforeCursor(protocols.createdAt, protocols.id, cursor));
  return db
    .select(listColumns)
    .from(protocols)
    .innerJoin(users, eq(users.id, protocols.ownerId))
    .leftJoin(labs, eq(labs.id, protocols.labId))
    .where(and(...where))
    .orderBy(desc(protocols.createdAt), desc(protocols.id))
    .limit(limit + 1);
}

export type ProtocolListRow = Awaited<ReturnType<typeof listProtocols>>[number];

/** A protocol by slug with its lab and owner, regardless of visibility (callers authorize). */
export async function findProtocolBySlug(db: Db, slug: string): Promise<ProtocolListRow | undefined> {
  const rows = await db
    .select(listColumns)
    .from(protocols)
    .innerJoin(users, eq(users.id, protocols.ownerId))
    .leftJoin(labs, eq(labs.id, protocols.labId))
    .where(eq(protocols.slug, slug))
    .limit(1);
  return rows[0];
}

/** Steps of a protocol in order. */
export async function stepsOfProtocol(db: Db, protocolId: string): Promise<ProtocolStepRow[]> {
  return db.select().from(protocolSteps).where(eq(protocolSteps.protocolId, protocolId)).orderBy(asc(protocolSteps.position));
}

export async function protocolSlugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: protocols.id }).from(protocols).where(eq(protocols.slug, slug)).limit(1);
  return rows.length > 0;
}

function stepRows(protocolId: string, steps: readonly NewProtocolStep[]) {
  return steps.map((s, position) => ({ protocolId, position, title: s.title, body: s.body ?? "", durationMinutes: s.durationMinutes ?? null }));
}

/** Inserts a protocol and its steps (dense 0-based positions) in one transaction. */
export async function insertProtocolWithSteps(db: Db, values: NewProtocol, steps: readonly NewProtocolStep[]): Promise<ProtocolRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(protocols).values(values).returning();
    if (!row) throw new Error("insert returned no row");
    if (steps.length) await tx.insert(protocolSteps).values(stepRows(row.id, steps));
    return row;
  });
}

/** Updates a protocol; when `steps` is given it replaces every step, in the same transaction. */
export async function updateProtocol(db: Db, id: string, patch: Partial<NewProtocol>, steps?: readonly NewProtocolStep[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(protocols).set(patch).where(eq(protocols.id, id));
    if (steps === undefined) return;
    await tx.delete(protocolSteps).where(eq(protocolSteps.protocolId, id));
    if (steps.length) await tx.insert(protocolSteps).values(stepRows(id, steps));
  });
}

/** Deletes a protocol (steps cascade) with its stars and activity events. */
export async function deleteProtocol(db: Db, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(stars).where(and(eq(stars.targetType, "protocol"), eq(stars.targetId, id)));
    await tx.delete(activityEvents).where(and(eq(activityEvents.targetType, "protocol"), eq(activityEvents.targetId, id)));
    await tx.delete(protocols).where(eq(protocols.id, id));
  });
}
