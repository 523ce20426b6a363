/** URLs of public pages. Path segments are percent-encoded: tags and organisms hold spaces and slashes. */
import type { SnapshotTargetType } from "@/export/snapshot-schema";

export type CategoryKind = "format" | "organism" | "tag";
export const CATEGORY_KINDS: readonly CategoryKind[] = ["format", "organism", "tag"];

export const datasetHref = (slug: string) => `/datasets/${encodeURIComponent(slug)}`;
export const protocolHref = (slug: string) => `/protocols/${encodeURIComponent(slug)}`;
export const spaceHref = (slug: string) => `/spaces/${encodeURIComponent(slug)}`;
export const labHref = (slug: string) => `/labs/${encodeURIComponent(slug)}`;
/** A file's download from the API (served by the app; the CDN bundle points it at the app or leaves it out). */
export const fileDownloadHref = (slug: string, fileId: string) => `/api/datasets/${encodeURIComponent(slug)}/files/${encodeURIComponent(fileId)}`;
export const categoryHref = (kind: CategoryKind, value: string) => `/explore/${kind}/${encodeURIComponent(value)}`;

export function itemHref(type: SnapshotTargetType, slug: string): string {
  if (type === "dataset") return datasetHref(slug);
  if (type === "protocol") return protocolHref(slug);
  return spaceHref(slug);
}

export function isCategoryKind(value: string): value is CategoryKind {
  return (CATEGORY_KINDS as readonly string[]).includes(value);
}
