import type { DatasetFileRow, DatasetListRow } from "@/db/queries/datasets";
import type { DatasetDto, DatasetFileDto, DatasetListItem } from "@/lib/domain/api-types";
import { labRef } from "../lab-ref";
import type { Memberships, OwnedObject } from "@/lib/domain/access";

/** The access facts of a dataset row. */
export function ownedDataset(row: DatasetListRow): OwnedObject {
  const d = row.dataset;
  return { ownerId: d.ownerId, labId: d.labId, visibility: d.visibility, publishedAt: d.publishedAt };
}

export function toDatasetListItem(row: DatasetListRow, memberships: Memberships): DatasetListItem {
  const d = row.dataset;
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    description: d.description,
    visibility: d.visibility,
    license: d.license,
    organism: d.organism,
    tags: d.tags,
    format: d.format,
    lab: labRef(row.lab, memberships),
    owner: row.owner,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    publishedAt: d.publishedAt?.toISOString() ?? null,
    starCount: Number(row.starCount),
    fileCount: Number(row.fileCount),
    totalSizeBytes: Number(row.totalSizeBytes),
  };
}

export function toFileDto(slug: string, f: DatasetFileRow): DatasetFileDto {
  const base = `/api/datasets/${encodeURIComponent(slug)}/files/${f.id}`;
  return {
    id: f.id,
    name: f.name,
    format: f.format,
    sizeBytes: Number(f.sizeBytes),
    sha256: f.sha256,
    createdAt: f.createdAt.toISOString(),
    downloadUrl: base,
    previewUrl: `${base}/preview`,
  };
}

export function toDatasetDto(row: DatasetListRow, files: DatasetFileRow[], memberships: Memberships, extra: { starredByMe: boolean; canEdit: boolean; canManage: boolean }): DatasetDto {
  const { fileCount: _fc, totalSizeBytes: _ts, ...item } = toDatasetListItem(row, memberships);
  return { ...item, ...extra, files: files.map((f) => toFileDto(row.dataset.slug, f)) };
}
