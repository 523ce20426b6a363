"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DatasetFileDto } from "@/lib/domain/api-types";
import { apiGet } from "../api/client";
import { previewHref } from "../api/datasets";
import { queryKeys } from "../api/query-keys";
import { QueryView } from "../components/query-state";
import { KeyValueList } from "../spaces/json-view";
import { GenbankPreview } from "./preview/genbank-preview";
import { SequencePreview } from "./preview/sequence-preview";
import { StructurePreview } from "./preview/structure-preview";
import { TablePreview } from "./preview/table-preview";
import { isTruncated, toPreviewView, type PreviewResponse, type PreviewView } from "./preview/view-models";

/** Rows per preview request, and the most the API serves (`limit` is 1–100). */
export const PREVIEW_LIMIT = 50;
export const PREVIEW_MAX_LIMIT = 100;

/** Loads `previewUrl?limit=50` and renders the summary for the file's format. */
export function FilePreview({ file }: { file: DatasetFileDto }) {
  const [limit, setLimit] = useState(PREVIEW_LIMIT);
  const url = previewHref(file.previewUrl, limit);
  const preview = useQuery({
    queryKey: queryKeys.datasets.preview(url),
    queryFn: ({ signal }) => apiGet<PreviewResponse>(url, signal),
    // A stored file never changes: its summary is fixed for the life of the page.
    staleTime: Infinity,
    select: toPreviewView,
    placeholderData: keepPreviousData,
  });
  return (
    <QueryView query={preview} loadingLabel={`Loading preview of ${file.name}…`}>
      {(view) => (
        <>
          <PreviewBody view={view} fileName={file.name} />
          {limit < PREVIEW_MAX_LIMIT && isTruncated(view) ? (
            <p className="section-tight">
              <button type="button" className="btn" onClick={() => setLimit(PREVIEW_MAX_LIMIT)} disabled={preview.isFetching}>
                {preview.isFetching ? "Loading…" : `Show up to ${PREVIEW_MAX_LIMIT} rows`}
              </button>{" "}
              <span className="muted small">Download the file for everything.</span>
            </p>
          ) : null}
        </>
      )}
    </QueryView>
  );
}

function PreviewBody({ view, fileName }: { view: PreviewView; fileName: string }) {
  switch (view.kind) {
    case "sequence":
      return <SequencePreview view={view} fileName={fileName} />;
    case "genbank":
      return <GenbankPreview view={view} fileName={fileName} />;
    case "structure":
      return <StructurePreview view={view} fileName={fileName} />;
    case "table":
      return <TablePreview view={view} fileName={fileName} />;
    case "unknown":
      return (
        <div className="preview-body">
          <p className="muted">No dedicated preview for {view.format} files; the summary follows.</p>
          <KeyValueList data={view.data} emptyText="No summary available." />
        </div>
      );
  }
}
