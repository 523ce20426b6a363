"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DatasetDto, DatasetListItem, FileFormat, Page } from "@/lib/domain/api-types";
import type { Visibility } from "@/lib/domain/access";
import { apiGet, apiSend, seg, withQuery } from "./client";
import { fetchPage, useCursorList } from "./lists";
import { queryKeys } from "./query-keys";
import { uploadMultipart, type UploadOptions } from "./upload";

/** Filters of `GET /api/datasets`; empty strings mean "no filter". */
export interface DatasetFilters {
  q?: string;
  format?: FileFormat | "";
  tag?: string;
  lab?: string;
  mine?: boolean;
}

export const DATASET_PAGE_SIZE = 25;

/** The paginated dataset list for the given filters. */
export function useDatasetList(filters: DatasetFilters, options: { limit?: number; enabled?: boolean } = {}) {
  const params = {
    q: filters.q || undefined,
    format: filters.format || undefined,
    tag: filters.tag || undefined,
    lab: filters.lab || undefined,
    mine: filters.mine || undefined,
    limit: options.limit ?? DATASET_PAGE_SIZE,
  };
  return useCursorList<DatasetListItem>(queryKeys.datasets.list(params), "/api/datasets", params, { enabled: options.enabled });
}

/** The first page only, for dashboard panels and selects. */
export function useDatasetPage(params: { mine?: boolean; lab?: string; limit: number }) {
  const clean = { mine: params.mine || undefined, lab: params.lab || undefined, limit: params.limit };
  return useQuery({
    queryKey: queryKeys.datasets.list({ ...clean, page: "first" }),
    queryFn: ({ signal }): Promise<Page<DatasetListItem>> => fetchPage<DatasetListItem>("/api/datasets", clean, null, signal),
  });
}

/** One dataset with its files (`GET /api/datasets/:slug`). */
export function useDataset(slug: string) {
  return useQuery({
    queryKey: queryKeys.datasets.detail(slug),
    queryFn: ({ signal }) => apiGet<DatasetDto>(`/api/datasets/${seg(slug)}`, signal),
  });
}

/** Editable metadata; only the changed keys are sent. `labSlug: null` detaches from a lab. */
export interface DatasetPatch {
  title?: string;
  description?: string;
  visibility?: Visibility;
  license?: string;
  organism?: string | null;
  tags?: string[];
  labSlug?: string | null;
}

/** `PATCH /api/datasets/:slug` with changed fields. */
export function useUpdateDataset(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: DatasetPatch) => apiSend<DatasetDto>("PATCH", `/api/datasets/${seg(slug)}`, patch),
    onSuccess: (dataset) => {
      if (dataset && typeof dataset === "object" && dataset.slug === slug) queryClient.setQueryData(queryKeys.datasets.detail(slug), dataset);
      else void queryClient.invalidateQueries({ queryKey: queryKeys.datasets.detail(slug) });
      // Lists only: file previews never change with metadata.
      return queryClient.invalidateQueries({ queryKey: ["datasets", "list"] });
    },
  });
}

/** The metadata fields of the upload form, sent before the file parts. */
export interface DatasetUploadFields {
  title: string;
  slug: string;
  description: string;
  labSlug: string;
  visibility: Visibility;
  license: string;
  organism: string;
  tags: string;
  /** FASTQ quality encoding: "" (Phred+33, the default) or "64" for Illumina 1.3–1.7 files. */
  phredOffset?: string;
}

/**
 * Builds the multipart body for `POST /api/datasets`. The server streams parts in order and
 * needs every metadata field before the first file, so fields are appended first.
 */
export function buildDatasetForm(fields: DatasetUploadFields, files: readonly File[]): FormData {
  const form = new FormData();
  const order: Array<Exclude<keyof DatasetUploadFields, "phredOffset">> = ["title", "slug", "description", "labSlug", "visibility", "license", "organism", "tags"];
  for (const name of order) form.append(name, fields[name]);
  if (fields.phredOffset) form.append("phredOffset", fields.phredOffset);
  for (const file of files) form.append("file", file, file.name);
  return form;
}

/** Uploads a new dataset with progress; resolves to the created DatasetDto (201). */
export function uploadDataset(fields: DatasetUploadFields, files: readonly File[], options: UploadOptions): Promise<DatasetDto> {
  return uploadMultipart<DatasetDto>("/api/datasets", buildDatasetForm(fields, files), options);
}

/** Appends the row limit to a file's preview URL. */
export function previewHref(previewUrl: string, limit = 50): string {
  return withQuery(previewUrl, { limit });
}
