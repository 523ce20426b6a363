import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, labMembers, labs, users } from "../schema";

export type UserRow = typeof users.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return rows[0];
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function findUserByOidcSubject(db: Db, subject: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.oidcSubject, subject)).limit(1);
  return rows[0];
}

export async function findUserByHandle(db: Db, handle: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.handle, handle)).limit(1);
  return rows[0];
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(users).values(values).returning();
  return rows[0]!;
}

/** Lab memberships of a user: lab id → role, plus lab refs for display. */
export async function membershipsOf(db: Db, userId: string) {
  return db
    .select({ id: labs.id, slug: labs.slug, name: labs.name, role: labMembers.role })
    .from(labMembers)
    .innerJoin(labs, eq(labs.id, labMembers.labId))
    .where(eq(labMembers.userId, userId))
    .orderBy(labs.name);
}

export async function findActiveApiKey(db: Db, prefix: string): Promise<ApiKeyRow | undefined> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0];
}

/** Records use at most once a minute per key, so authentication does not write on every request. */
export async function touchApiKey(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000)))));
}

export async function listApiKeys(db: Db, userId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt)).limit(200);
}

export async function insertApiKey(db: Db, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const rows = await db.insert(apiKeys).values(values).returning();
  return rows[0]!;
}
