import { type AnyPgColumn, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { datasets } from "./datasets";
import { visibility } from "./enums";
import { labs } from "./labs";
import { users } from "./users";

/** A saved, shareable analysis: a dataset plus analysis settings plus view state. */
export const spaces = pgTable(
  "spaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    datasetId: uuid("dataset_id").references(() => datasets.id, { onDelete: "set null" }),
    labId: uuid("lab_id").references(() => labs.id, { onDelete: "restrict" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    visibility: visibility("visibility").notNull().default("private"),
    settings: jsonb("settings").notNull().default({}),
    viewState: jsonb("view_state").notNull().default({}),
    forkedFromId: uuid("forked_from_id").references((): AnyPgColumn => spaces.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("spaces_slug_uq").on(t.slug),
    index("spaces_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("spaces_dataset_idx").on(t.datasetId),
    index("spaces_owner_created_idx").on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);
