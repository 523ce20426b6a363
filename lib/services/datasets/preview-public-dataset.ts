import "server-only";
import type { SnapshotDataset } from "@/export/snapshot-schema";
import type { ServiceContext } from "../context";
import { getDataset } from "./get-dataset";

/** A dataset read live from the database, in the shape its public page renders, for its owner's preview. */
export interface PublicDatasetPreview {
  dataset: SnapshotDataset;
  /** Where it stands: `public` when the next export puts it on the public site (public and published), else a `draft` or `private`. */
  publication: "public" | "private" | "draft";
}

/**
 * The public page's view of a dataset the caller may read, from the database rather than the
 * snapshot: what the page will show after the next export. Same authorization as the API (404
 * when the caller may not read it).
 */
export async function previewPublicDataset(ctx: ServiceContext, slug: string): Promise<PublicDatasetPreview> {
  const d = await getDataset(ctx, slug);
  const totalSizeBytes = d.files.reduce((sum, f) => sum + f.sizeBytes, 0);
  return {
    publication: d.publishedAt === null ? "draft" : d.visibility === "public" ? "public" : "private",
    dataset: {
      id: d.id,
      slug: d.slug,
      title: d.title,
      description: d.description,
      license: d.license,
      organism: d.organism,
      tags: d.tags,
      format: d.format,
      lab: d.lab ? { slug: d.lab.slug, name: d.lab.name } : null,
      owner: { handle: d.owner.handle, name: d.owner.name },
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      publishedAt: d.publishedAt ?? d.updatedAt,
      starCount: d.starCount,
      fileCount: d.files.length,
      totalSizeBytes,
      files: d.files.map((f) => ({ id: f.id, name: f.name, format: f.format, sizeBytes: f.sizeBytes, sha256: f.sha256 })),
    },
  };
}
