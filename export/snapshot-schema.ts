/**
 * The snapshot format: what public pages (and any static host) read from `exports/latest/`.
 * Bump SNAPSHOT_SCHEMA_VERSION on any change a reader could notice (renamed or removed field,
 * changed meaning); adding an optional field does not need a bump.
 *
 * Privacy invariant: every type here holds only public objects (datasets and protocols that are
 * `public` AND published, public spaces, public labs) and only public fields. No emails, password or
 * key hashes, API keys, user ids or lab member lists appear anywhere; a person is a `PersonRef`
 * (handle and display name, as on the public API). A reference to another object (lab, dataset,
 * fork parent) is present only when that object is itself public, otherwise it is null.
 */

/** Version of the files below; readers refuse a snapshot whose major version they do not know. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export type SnapshotFormat = "fasta" | "fastq" | "genbank" | "pdb" | "mmcif" | "csv" | "tsv";
export type SnapshotTargetType = "dataset" | "protocol" | "space";

/** Sortable UTC timestamp plus a short random suffix: `20261203T174501Z-ab12`. */
export type SnapshotId = string;
export const SNAPSHOT_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{4}$/;

/** ISO-8601 UTC with milliseconds, e.g. `2026-12-03T17:45:01.123Z`. */
export type IsoTime = string;

export interface PersonRef {
  handle: string;
  name: string;
}

export interface LabRef {
  slug: string;
  name: string;
}

export interface DatasetRef {
  slug: string;
  title: string;
}

export interface SnapshotDatasetFile {
  /** The file's id in the API (`/api/datasets/<slug>/files/<id>` downloads it); absent in older snapshots. */
  id?: string;
  name: string;
  format: SnapshotFormat;
  sizeBytes: number;
  sha256: string;
}

/** One element of `datasets.json` (ordered by slug). */
export interface SnapshotDataset {
  id: string;
  slug: string;
  title: string;
  description: string;
  license: string;
  organism: string | null;
  tags: string[];
  format: SnapshotFormat;
  /** Null when the dataset has no lab or its lab is private. */
  lab: LabRef | null;
  owner: PersonRef;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  publishedAt: IsoTime;
  starCount: number;
  fileCount: number;
  totalSizeBytes: number;
  files: SnapshotDatasetFile[];
}

export interface SnapshotProtocolStep {
  position: number;
  title: string;
  body: string;
  durationMinutes: number | null;
}

/** One element of `protocols.json` (ordered by slug). */
export interface SnapshotProtocol {
  id: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  lab: LabRef | null;
  owner: PersonRef;
  /** The parent, only when it is public and published. */
  forkedFrom: { slug: string; title: string } | null;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  publishedAt: IsoTime;
  starCount: number;
  steps: SnapshotProtocolStep[];
}

/** One element of `spaces.json` (ordered by slug). */
export interface SnapshotSpace {
  id: string;
  slug: string;
  title: string;
  description: string;
  /** The analysed dataset, only when it is public and published. */
  dataset: DatasetRef | null;
  lab: LabRef | null;
  owner: PersonRef;
  forkedFrom: { slug: string; title: string } | null;
  settings: Record<string, unknown>;
  viewState: Record<string, unknown>;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  starCount: number;
}

/**
 * One element of `labs.json` (ordered by slug). Members are deliberately omitted (only a count):
 * the API shows a lab's member list to its members only, and the snapshot never shows more.
 */
export interface SnapshotLab {
  id: string;
  slug: string;
  name: string;
  description: string;
  institution: string | null;
  createdAt: IsoTime;
  memberCount: number;
  /** Public, published datasets / protocols and public spaces of the lab. */
  datasetCount: number;
  protocolCount: number;
  spaceCount: number;
}

/** A row of a ranked list: enough to render a card without loading the full collection. */
export interface SnapshotListItem {
  type: SnapshotTargetType;
  slug: string;
  title: string;
  description: string;
  lab: LabRef | null;
  owner: PersonRef;
  tags: string[];
  /** Datasets only (null for protocols and spaces). */
  format: SnapshotFormat | null;
  organism: string | null;
  /** publishedAt for datasets and protocols, createdAt for spaces. */
  date: IsoTime;
  starCount: number;
}

export interface TrendingEntry extends SnapshotListItem {
  rank: number;
  /** Σ weight · 2^(−age/halfLife) over the window, rounded to 6 decimals. See export/trending.ts. */
  score: number;
  stars: number;
  views: number;
  downloads: number;
  forks: number;
}

/** `trending.json`: the top entries per type, score descending, ties by id. */
export interface SnapshotTrending {
  windowDays: number;
  halfLifeDays: number;
  weights: { star: number; fork: number; download: number; view: number };
  datasets: TrendingEntry[];
  protocols: TrendingEntry[];
  spaces: TrendingEntry[];
}

/** One element of `recent.json`: the most recently published datasets, newest first. */
export type RecentEntry = SnapshotListItem;

/** One element of `active-labs.json`: labs ordered by activity over the last ACTIVE_LAB_DAYS days. */
export interface ActiveLabEntry {
  slug: string;
  name: string;
  institution: string | null;
  /** Stars, views, downloads and forks on the lab's public objects, plus publications, in the window. */
  events: number;
  published: number;
  lastActivityAt: IsoTime;
}

/** One element of `by-format.json`, `by-organism.json` or `by-tag.json` (ordered by value). */
export interface CategoryListing {
  kind: "format" | "organism" | "tag";
  value: string;
  /** All public datasets in the category. */
  count: number;
  /** The newest CATEGORY_LIST_LIMIT of them. */
  datasets: SnapshotListItem[];
}

/** `stats.json`: site-wide totals over public objects. */
export interface SnapshotStats {
  datasets: number;
  protocols: number;
  spaces: number;
  labs: number;
  /** Distinct owners of public datasets, protocols and spaces. */
  contributors: number;
  files: number;
  totalSizeBytes: number;
  datasetsByFormat: Record<string, number>;
  datasetsPublishedLast30Days: number;
}

/** Every collection file, by file name, with the type of its content. */
export interface SnapshotFiles {
  "datasets.json": SnapshotDataset[];
  "protocols.json": SnapshotProtocol[];
  "spaces.json": SnapshotSpace[];
  "labs.json": SnapshotLab[];
  "trending.json": SnapshotTrending;
  "recent.json": RecentEntry[];
  "active-labs.json": ActiveLabEntry[];
  "by-format.json": CategoryListing[];
  "by-organism.json": CategoryListing[];
  "by-tag.json": CategoryListing[];
  "stats.json": SnapshotStats;
}

export type SnapshotFileName = keyof SnapshotFiles;

export const SNAPSHOT_FILE_NAMES: readonly SnapshotFileName[] = [
  "datasets.json",
  "protocols.json",
  "spaces.json",
  "labs.json",
  "trending.json",
  "recent.json",
  "active-labs.json",
  "by-format.json",
  "by-organism.json",
  "by-tag.json",
  "stats.json",
];

/** `manifest.json`, written last; `counts` are the number of items per file (entries for objects). */
export interface SnapshotManifest {
  schemaVersion: number;
  snapshotId: SnapshotId;
  generatedAt: IsoTime;
  counts: Record<SnapshotFileName, number>;
  files: Record<SnapshotFileName, { sha256: string; bytes: number }>;
}

/** How many entries the ranked lists hold. */
export const TRENDING_LIMIT = 50;
export const RECENT_LIMIT = 50;
export const CATEGORY_LIST_LIMIT = 24;
export const ACTIVE_LAB_DAYS = 14;
export const ACTIVE_LAB_LIMIT = 20;
