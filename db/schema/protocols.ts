import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { visibility } from "./enums";
import { labs } from "./labs";
import { users } from "./users";

/** A lab protocol: markdown description plus ordered steps. */
export const protocols = pgTable(
  "protocols",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    labId: uuid("lab_id").references(() => labs.id, { onDelete: "restrict" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    visibility: visibility("visibility").notNull().default("private"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    forkedFromId: uuid("forked_from_id").references((): AnyPgColumn => protocols.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("protocols_slug_uq").on(t.slug),
    index("protocols_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("protocols_lab_created_idx").on(t.labId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("protocols_owner_created_idx").on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/** Ordered steps; `position` is 0-based and dense within a protocol. */
export const protocolSteps = pgTable(
  "protocol_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    protocolId: uuid("protocol_id")
      .notNull()
      .references(() => protocols.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    durationMinutes: integer("duration_minutes"),
  },
  (t) => [uniqueIndex("protocol_steps_position_uq").on(t.protocolId, t.position)],
);
