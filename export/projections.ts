/**
 * Database rows → snapshot objects. The SQL in db/queries/export-snapshot.ts already selects only
 * public rows and columns; these functions fix the key order (so files are byte-identical for the
 * same database state) and build each snapshot type field by field, so nothing unlisted slips in.
 */
import type {
  ActiveLabRow,
  DatasetExportRow,
  LabExportRow,
  ListItemRow,
  OwnedRow,
  ProtocolExportRow,
  SpaceExportRow,
  TrendingRow,
} from "@/db/queries/export-snapshot";
import type {
  ActiveLabEntry,
  LabRef,
  PersonRef,
  SnapshotDataset,
  SnapshotDatasetFile,
  SnapshotFormat,
  SnapshotLab,
  SnapshotListItem,
  SnapshotProtocol,
  SnapshotProtocolStep,
  SnapshotSpace,
  TrendingEntry,
} from "./snapshot-schema";

const labOf = (r: OwnedRow): LabRef | null => (r.lab_slug && r.lab_name ? { slug: r.lab_slug, name: r.lab_name } : null);
const ownerOf = (r: OwnedRow): PersonRef => ({ handle: r.owner_handle, name: r.owner_name });
const asObject = (text: string): Record<string, unknown> => {
  const v: unknown = JSON.parse(text);
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};

export function toDataset(r: DatasetExportRow): SnapshotDataset {
  const files = (JSON.parse(r.files) as SnapshotDatasetFile[]).map((f) => ({ ...(f.id ? { id: f.id } : {}), name: f.name, format: f.format, sizeBytes: Number(f.sizeBytes), sha256: f.sha256 }));
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    license: r.license,
    organism: r.organism,
    tags: [...r.tags],
    format: r.format as SnapshotFormat,
    lab: labOf(r),
    owner: ownerOf(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    starCount: r.star_count,
    fileCount: files.length,
    totalSizeBytes: files.reduce((n, f) => n + f.sizeBytes, 0),
    files,
  };
}

export function toProtocol(r: ProtocolExportRow): SnapshotProtocol {
  const steps = (JSON.parse(r.steps) as SnapshotProtocolStep[]).map((s) => ({
    position: s.position,
    title: s.title,
    body: s.body,
    durationMinutes: s.durationMinutes ?? null,
  }));
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    tags: [...r.tags],
    lab: labOf(r),
    owner: ownerOf(r),
    forkedFrom: r.parent_slug && r.parent_title ? { slug: r.parent_slug, title: r.parent_title } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    starCount: r.star_count,
    steps,
  };
}

export function toSpace(r: SpaceExportRow): SnapshotSpace {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    dataset: r.dataset_slug && r.dataset_title ? { slug: r.dataset_slug, title: r.dataset_title } : null,
    lab: labOf(r),
    owner: ownerOf(r),
    forkedFrom: r.parent_slug && r.parent_title ? { slug: r.parent_slug, title: r.parent_title } : null,
    settings: asObject(r.settings),
    viewState: asObject(r.view_state),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    starCount: r.star_count,
  };
}

export function toLab(r: LabExportRow): SnapshotLab {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    institution: r.institution,
    createdAt: r.created_at,
    memberCount: r.member_count,
    datasetCount: r.dataset_count,
    protocolCount: r.protocol_count,
    spaceCount: r.space_count,
  };
}

export function toListItem(r: ListItemRow): SnapshotListItem {
  return {
    type: r.type,
    slug: r.slug,
    title: r.title,
    description: r.description,
    lab: labOf(r),
    owner: ownerOf(r),
    tags: [...r.tags],
    format: (r.format as SnapshotFormat | null) ?? null,
    organism: r.organism ?? null,
    date: r.date,
    starCount: r.star_count,
  };
}

export function toTrendingEntry(r: TrendingRow, rank: number): TrendingEntry {
  return {
    ...toListItem(r),
    rank,
    score: Number(r.score),
    stars: r.stars,
    views: r.views,
    downloads: r.downloads,
    forks: r.forks,
  };
}

export function toActiveLab(r: ActiveLabRow): ActiveLabEntry {
  return {
    slug: r.slug,
    name: r.name,
    institution: r.institution,
    events: r.events,
    published: r.published,
    lastActivityAt: r.last_activity_at,
  };
}
