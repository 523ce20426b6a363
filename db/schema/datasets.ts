import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { fileFormat, visibility } from "./enums";
import { labs } from "./labs";
import { users } from "./users";

/**
 * A published collection of files. Anonymous readers see it only when it is public AND published;
 * a draft (publishedAt null) is visible to its owner and its lab's members.
 */
export const datasets = pgTable(
  "datasets",
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
    license: text("license").notNull().default("CC-BY-4.0"),
    organism: text("organism"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    format: fileFormat("format").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("datasets_slug_uq").on(t.slug),
    // Keyset pagination: newest first, id as tie-breaker.
    index("datasets_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("datasets_public_created_idx")
      .on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.visibility} = 'public' and ${t.publishedAt} is not null`),
    index("datasets_lab_created_idx").on(t.labId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("datasets_owner_created_idx").on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("datasets_format_created_idx").on(t.format, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("datasets_published_idx").on(t.publishedAt.desc().nullsFirst()),
    index("datasets_tags_gin").using("gin", t.tags),
    index("datasets_text_gin").using(
      "gin",
      sql`to_tsvector('simple', coalesce(${t.title}, '') || ' ' || coalesce(${t.description}, '') || ' ' || coalesce(${t.organism}, ''))`,
    ),
  ],
);

/** Files of a dataset; bytes live in content-addressed storage under `storageKey` (= sha256). */
export const datasetFiles = pgTable(
  "dataset_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => datasets.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    format: fileFormat("format").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    summary: jsonb("summary").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("dataset_files_name_uq").on(t.datasetId, t.name), index("dataset_files_sha_idx").on(t.sha256)],
);
