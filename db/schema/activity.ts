import { bigserial, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_target_idx").on(t.targetType, t.targetId, t.createdAt),
    index("activity_created_idx").on(t.createdAt),
  ],
);
