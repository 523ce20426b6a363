import { type SQL, and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Who is looking at a list: anonymous, or a user with lab ids. */
export type Viewer = { userId: string; labIds: string[] } | null;

interface VisibilityColumns {
  visibility: AnyPgColumn;
  ownerId: AnyPgColumn;
  labId: AnyPgColumn;
  publishedAt?: AnyPgColumn;
}

/**
 * SQL mirror of `canRead` in lib/domain/access.ts: public and published, or the viewer's own,
 * or their lab's. Kept next to the queries so every list applies the same rule.
 */
export function readableBy(cols: VisibilityColumns, viewer: Viewer): SQL {
  const open = cols.publishedAt ? and(eq(cols.visibility, "public"), isNotNull(cols.publishedAt))! : eq(cols.visibility, "public");
  if (!viewer) return open;
  const team = viewer.labIds.length ? or(eq(cols.ownerId, viewer.userId), inArray(cols.labId, viewer.labIds))! : eq(cols.ownerId, viewer.userId);
  return or(open, team)!;
}

/** Keyset cursor over (created_at desc, id desc); the timestamp keeps microseconds as text. */
export interface Cursor {
  ts: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.ts, c.id])).toString("base64url");
}

export function decodeCursor(raw: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [ts, id] = value as [unknown, unknown];
    if (typeof ts !== "string" || typeof id !== "string") return null;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(ts) || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { ts, id };
  } catch {
    return null;
  }
}

/** `created_at` rendered with microseconds in UTC, for cursors. */
export function cursorTs(col: AnyPgColumn): SQL<string> {
  return sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** `(created_at, id) < (cursor)` for newest-first pages. */
export function beforeCursor(createdAt: AnyPgColumn, id: AnyPgColumn, c: Cursor): SQL {
  return sql`(${createdAt}, ${id}) < (${c.ts}::timestamptz, ${c.id}::uuid)`;
}

/** Count of stars of one target, as a correlated subquery. */
export function starCountOf(targetType: "dataset" | "protocol" | "space", idCol: AnyPgColumn): SQL<number> {
  return sql<number>`(select count(*)::int from stars s where s.target_type = ${targetType} and s.target_id = ${idCol})`;
}
