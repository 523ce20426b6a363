import { type SQL, and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { activityEvents, datasetFiles, datasets, labs, stars, users } from "../schema";
import { type Cursor, type Viewer, beforeCursor, cursorTs, readableBy, starCountOf } from "./visibility";

export type DatasetRow = typeof datasets.$inferSelect;
export type DatasetFileRow = typeof datasetFiles.$inferSelect;
export type NewDataset = typeof datasets.$inferInsert;
export type NewDatasetFile = typeof datasetFiles.$inferInsert;

export interface DatasetFilters {
  labId?: string;
  ownerId?: string;
  format?: DatasetRow["format"];
  tag?: string;
  text?: string;
}

const textVector = sql`to_tsvector('simple', coalesce(${datasets.title}, '') || ' ' || coalesce(${datasets.description}, '') || ' ' || coalesce(${datasets.organism}, ''))`;

const listColumns = {
  dataset: datasets,
  cursorTs: cursorTs(datasets.createdAt),
  lab: { id: labs.id, slug: labs.slug, name: labs.name, visibility: labs.visibility },
  owner: { id: users.id, handle: users.handle, name: users.name },
  starCount: starCountOf("dataset", datasets.id),
  fileCount: sql<number>`(select count(*)::int from dataset_files f where f.dataset_id = ${datasets.id})`,
  totalSizeBytes: sql<number>`(select coalesce(sum(f.size_bytes), 0)::float8 from dataset_files f where f.dataset_id = ${datasets.id})`,
};

/**
 * Free text → a tsquery where every word must match as a prefix (`pengu` finds "penguins").
 * Words are reduced to letters and digits, so user input can never inject tsquery syntax.
 */
export function toPrefixTsquery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/** One page of datasets the viewer may read, newest first; fetches `limit + 1` rows to know if more exist. */
export async function listDatasets(db: Db, viewer: Viewer, filters: DatasetFilters, cursor: Cursor | null, limit: number) {
  const where: SQL[] = [readableBy(datasets, viewer)];
  if (filters.labId) where.push(eq(datasets.labId, filters.labId));
  if (filters.ownerId) where.push(eq(datasets.ownerId, filters.ownerId));
  if (filters.format) where.push(eq(datasets.format, filters.format));
  if (filters.tag) where.push(sql`${datasets.tags} @> ARRAY[${filters.tag}]::text[]`);
  if (filters.text) {
    // A search with no letters or digits ("%", "_") matches nothing, as on protocols and spaces.
    const prefixQuery = toPrefixTsquery(filters.text);
    where.push(prefixQuery ? sql`${textVector} @@ to_tsquery('simple', ${prefixQuery})` : sql`false`);
  }
  if (cursor) where.push(beforeCursor(datasets.createdAt, datasets.id, cursor));
  return db
    .select(listColumns)
    .from(datasets)
    .innerJoin(users, eq(users.id, datasets.ownerId))
    .leftJoin(labs, eq(labs.id, datasets.labId))
    .where(and(...where))
    .orderBy(desc(datasets.createdAt), desc(datasets.id))
    .limit(limit + 1);
}

export type DatasetListRow = Awaited<ReturnType<typeof listDatasets>>[number];

/** A dataset by slug with its lab and owner, regardless of visibility (callers authorize). */
export async function findDatasetBySlug(db: Db, slug: string) {
  const rows = await db
    .select({ ...listColumns })
    .from(datasets)
    .innerJoin(users, eq(users.id, datasets.ownerId))
    .leftJoin(labs, eq(labs.id, datasets.labId))
    .where(eq(datasets.slug, slug))
    .limit(1);
  return rows[0];
}

export async function filesOfDataset(db: Db, datasetId: string): Promise<DatasetFileRow[]> {
  return db.select().from(datasetFiles).where(eq(datasetFiles.datasetId, datasetId)).orderBy(asc(datasetFiles.createdAt), asc(datasetFiles.name));
}

export async function findDatasetFile(db: Db, datasetId: string, fileId: string): Promise<DatasetFileRow | undefined> {
  const rows = await db
    .select()
    .from(datasetFiles)
    .where(and(eq(datasetFiles.datasetId, datasetId), eq(datasetFiles.id, fileId)))
    .limit(1);
  return rows[0];
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: datasets.id }).from(datasets).where(eq(datasets.slug, slug)).limit(1);
  return rows.length > 0;
}

/** Inserts a dataset and its files in one transaction. */
export async function insertDatasetWithFiles(db: Db, dataset: NewDataset, files: Omit<NewDatasetFile, "datasetId">[]): Promise<DatasetRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(datasets).values(dataset).returning();
    if (!row) throw new Error("insert returned no row");
    if (files.length) await tx.insert(datasetFiles).values(files.map((f) => ({ ...f, datasetId: row.id })));
    return row;
  });
}

export async function updateDataset(db: Db, id: string, patch: Partial<NewDataset>): Promise<DatasetRow | undefined> {
  const rows = await db.update(datasets).set(patch).where(eq(datasets.id, id)).returning();
  return rows[0];
}

/** Deletes a dataset (files cascade) and returns the storage keys that no other file references any more. */
export async function deleteDataset(db: Db, id: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const files = await tx.select({ key: datasetFiles.storageKey }).from(datasetFiles).where(eq(datasetFiles.datasetId, id));
    // Stars and events point at targets without a foreign key (they span three tables): delete them here.
    await tx.delete(stars).where(and(eq(stars.targetType, "dataset"), eq(stars.targetId, id)));
    await tx.delete(activityEvents).where(and(eq(activityEvents.targetType, "dataset"), eq(activityEvents.targetId, id)));
    await tx.delete(datasets).where(eq(datasets.id, id));
    const orphaned: string[] = [];
    for (const { key } of files) {
      const still = await tx.select({ id: datasetFiles.id }).from(datasetFiles).where(eq(datasetFiles.storageKey, key)).limit(1);
      if (!still.length) orphaned.push(key);
    }
    return orphaned;
  });
}

/** Storage keys among `keys` that no dataset file references. */
export async function unreferencedKeys(db: Db, keys: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const key of keys) {
    const rows = await db.select({ id: datasetFiles.id }).from(datasetFiles).where(eq(datasetFiles.storageKey, key)).limit(1);
    if (!rows.length) out.push(key);
  }
  return out;
}
