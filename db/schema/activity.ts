import { sql } from "drizzle-orm";
import { bigserial, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { eventKind, targetType } from "./enums";
import { users } from "./users";

/** A user's star on a dataset, protocol or space. */
export const stars = pgTable(
  "stars",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetType: targetType("target_type").notNull(),
    targetId: uuid("target_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.targetType, t.targetId] }),
    index("stars_target_idx").on(t.targetType, t.targetId, t.createdAt),
  ],
);

/** Views, downloads and forks; `userId` is null for anonymous activity. Feeds trending. */
export const activityEvents = pgTable(
  "activity_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: eventKind("kind").notNull(),
    targetType: targetType("target_type").notNull(),
    targetId: uuid("target_id").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who, for counting an event once per person and day: `u:<user id>` or `a:<keyed hash of the client address>`. */
    actorKey: text("actor_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_target_idx").on(t.targetType, t.targetId, t.createdAt),
    // One view or download per actor, target and UTC day (rows without an actor, e.g. seeded ones, are not limited).
    uniqueIndex("activity_actor_day_idx").on(t.targetId, t.kind, t.actorKey, sql`((${t.createdAt} at time zone 'UTC')::date)`),
    index("activity_created_idx").on(t.createdAt),
  ],
);
