import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { labMembers, labs, users } from "../schema";
import { type Viewer } from "./visibility";

export type LabRow = typeof labs.$inferSelect;

export async function findLabBySlug(db: Db, slug: string): Promise<LabRow | undefined> {
  const rows = await db.select().from(labs).where(eq(labs.slug, slug)).limit(1);
  return rows[0];
}

const counts = {
  // Qualified by hand: in a single-table select drizzle renders `${labs.id}` as a bare "id", which
  // inside the subquery would bind to the inner table's own id column.
  memberCount: sql<number>`(select count(*)::int from lab_members m where m.lab_id = "labs"."id")`,
  datasetCount: sql<number>`(select count(*)::int from datasets d where d.lab_id = "labs"."id" and d.visibility = 'public' and d.published_at is not null)`,
};

/** Labs the viewer may see: public ones and their own, by name. Bounded to `limit`. */
export async function listLabs(db: Db, viewer: Viewer, limit: number) {
  return db
    .select({ lab: labs, ...counts })
    .from(labs)
    .where(viewer?.labIds.length ? or(eq(labs.visibility, "public"), inArray(labs.id, viewer.labIds)) : eq(labs.visibility, "public"))
    .orderBy(asc(labs.name))
    .limit(limit);
}

export async function labWithCounts(db: Db, labId: string) {
  const rows = await db.select({ lab: labs, ...counts }).from(labs).where(eq(labs.id, labId)).limit(1);
  return rows[0];
}

export async function membersOf(db: Db, labId: string) {
  return db
    .select({ user: { id: users.id, handle: users.handle, name: users.name }, role: labMembers.role, joinedAt: labMembers.joinedAt })
    .from(labMembers)
    .innerJoin(users, eq(users.id, labMembers.userId))
    .where(eq(labMembers.labId, labId))
    .orderBy(asc(labMembers.role), asc(users.name))
    .limit(1000);
}

export async function insertLabWithOwner(db: Db, values: typeof labs.$inferInsert, ownerId: string): Promise<LabRow> {
  return db.transaction(async (tx) => {
    const [lab] = await tx.insert(labs).values(values).returning();
    await tx.insert(labMembers).values({ labId: lab!.id, userId: ownerId, role: "owner" });
    return lab!;
  });
}

export async function upsertMember(db: Db, labId: string, userId: string, role: "owner" | "member"): Promise<void> {
  await db.insert(labMembers).values({ labId, userId, role }).onConflictDoUpdate({ target: [labMembers.labId, labMembers.userId], set: { role } });
}

export async function removeMember(db: Db, labId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(labMembers).where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId))).returning();
  return rows.length > 0;
}

export async function ownerCount(db: Db, labId: string): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(labMembers).where(and(eq(labMembers.labId, labId), eq(labMembers.role, "owner")));
  return Number(rows[0]?.n ?? 0);
}

export async function labSlugTaken(db: Db, slug: string): Promise<boolean> {
  return (await db.select({ id: labs.id }).from(labs).where(eq(labs.slug, slug)).limit(1)).length > 0;
}


/** One member of a lab with their user ref, or undefined. */
export async function findMember(db: Db, labId: string, userId: string) {
  const rows = await db
    .select({ user: { id: users.id, handle: users.handle, name: users.name }, role: labMembers.role, joinedAt: labMembers.joinedAt })
    .from(labMembers)
    .innerJoin(users, eq(users.id, labMembers.userId))
    .where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId)))
    .limit(1);
  return rows[0];
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Locks the lab row so concurrent membership changes of one lab run one after another. */
async function lockedRoles(tx: Tx, labId: string, userId: string) {
  await tx.select({ id: labs.id }).from(labs).where(eq(labs.id, labId)).for("update");
  const current = await tx
    .select({ role: labMembers.role })
    .from(labMembers)
    .where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId)))
    .limit(1);
  const owners = await tx.select({ n: sql<number>`count(*)::int` }).from(labMembers).where(and(eq(labMembers.labId, labId), eq(labMembers.role, "owner")));
  return { role: current[0]?.role, owners: Number(owners[0]?.n ?? 0) };
}

/** Adds a member or changes their role; refuses to demote the last owner. Serialized per lab. */
export async function setMemberRole(db: Db, labId: string, userId: string, role: "owner" | "member"): Promise<"added" | "updated" | "last_owner"> {
  return db.transaction(async (tx) => {
    const { role: current, owners } = await lockedRoles(tx, labId, userId);
    if (current === "owner" && role !== "owner" && owners <= 1) return "last_owner";
    if (current === undefined) {
      await tx.insert(labMembers).values({ labId, userId, role });
      return "added";
    }
    await tx.update(labMembers).set({ role }).where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId)));
    return "updated";
  });
}

/** Changes an existing member's role; refuses to demote the last owner. Serialized per lab. */
export async function updateMemberRole(db: Db, labId: string, userId: string, role: "owner" | "member"): Promise<"updated" | "not_member" | "last_owner"> {
  return db.transaction(async (tx) => {
    const { role: current, owners } = await lockedRoles(tx, labId, userId);
    if (current === undefined) return "not_member";
    if (current === "owner" && role !== "owner" && owners <= 1) return "last_owner";
    await tx.update(labMembers).set({ role }).where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId)));
    return "updated";
  });
}

/** Removes a member; refuses to remove the last owner. Serialized per lab. */
export async function removeMemberKeepingOwner(db: Db, labId: string, userId: string): Promise<"removed" | "not_member" | "last_owner"> {
  return db.transaction(async (tx) => {
    const { role, owners } = await lockedRoles(tx, labId, userId);
    if (role === undefined) return "not_member";
    if (role === "owner" && owners <= 1) return "last_owner";
    await tx.delete(labMembers).where(and(eq(labMembers.labId, labId), eq(labMembers.userId, userId)));
    return "removed";
  });
}
