"use client";

import type { DatasetDto, DatasetFileDto, FileFormat } from "@/lib/domain/api-types";
import { ApiError, networkProblem, parseBody, toProblem } from "../api/client";

/** File formats the workbench analyses. */
export const SEQUENCE_FORMATS: ReadonlySet<FileFormat> = new Set<FileFormat>(["fasta", "fastq", "genbank"]);

/** A dataset's files the workbench can open. */
export function sequenceFiles(dataset: Pick<DatasetDto, "files">): DatasetFileDto[] {
  return dataset.files.filter((f) => SEQUENCE_FORMATS.has(f.format));
}

/**
 * Downloads a dataset file's bytes into the browser (`GET /api/datasets/:slug/files/:fileId`).
 * The request is a plain GET: nothing about the sequence is sent back.
 */
export async function fetchDatasetFile(file: Pick<DatasetFileDto, "downloadUrl">, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(file.downloadUrl, { credentials: "same-origin", signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(networkProblem());
  }
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(toProblem(response.status, response.statusText, parseBody(response.headers.get("content-type"), text)));
  }
  return response.blob();
}
