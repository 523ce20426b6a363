import { findDatasetFile } from "@/db/queries/datasets";
import type { FileSummary } from "@/lib/bio/summarize";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";
import { isUuid } from "../uuid";
import { loadReadableDataset } from "./load-dataset";

export interface FilePreviewDto {
  fileId: string;
  format: FileSummary["format"];
  summary: FileSummary;
}

/** Keeps the first `limit` rows of every list in a preview (records, features, table rows). */
function limitSummary(summary: FileSummary, limit: number): FileSummary {
  switch (summary.format) {
    case "fasta":
    case "fastq":
      return { ...summary, records: summary.records.slice(0, limit) } as FileSummary;
    case "genbank":
      return { ...summary, records: summary.records.slice(0, limit).map((r) => ({ ...r, features: r.features.slice(0, limit) })) };
    case "csv":
    case "tsv":
      return { ...summary, rows: summary.rows.slice(0, limit) };
    default:
      return summary;
  }
}

/** The parsed preview stored at upload time, cut to `limit` (1–100, default 50) rows. */
export async function previewFile(ctx: ServiceContext, slug: string, fileId: string, rawLimit: string | null): Promise<FilePreviewDto> {
  const limit = rawLimit === null ? 50 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new AppError("validation_failed", "limit must be an integer from 1 to 100", { errors: [{ pointer: "/limit", detail: "out of range" }] });
  }
  const row = await loadReadableDataset(ctx, slug);
  const file = isUuid(fileId) ? await findDatasetFile(ctx.db, row.dataset.id, fileId) : undefined;
  if (!file) throw notFound(`File "${fileId}" of dataset "${slug}"`);
  const summary = file.summary as FileSummary;
  return { fileId: file.id, format: summary.format, summary: limitSummary(summary, limit) };
}
