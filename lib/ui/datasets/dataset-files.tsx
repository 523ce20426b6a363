"use client";

import { useState } from "react";
import type { DatasetFileDto } from "@/lib/domain/api-types";
import { FormatBadge } from "../components/badges";
import { CopyButton } from "../components/copy-button";
import { EmptyState } from "../components/query-state";
import { formatBytes, shortHash } from "../format";
import { FilePreview } from "./file-preview";

/** Previews of the first files load by themselves; later ones wait for a click. */
const AUTO_PREVIEW_FILES = 4;

/** The files table (name, format, size, sha256, download) and one preview panel per file. */
export function DatasetFiles({ files }: { files: readonly DatasetFileDto[] }) {
  if (files.length === 0) {
    return (
      <section className="section" aria-labelledby="dataset-files">
        <h2 id="dataset-files">Files</h2>
        <EmptyState>This dataset has no files.</EmptyState>
      </section>
    );
  }
  return (
    <>
      <section className="section" aria-labelledby="dataset-files">
        <h2 id="dataset-files">Files</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Files of this dataset</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Format</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">SHA-256</th>
                <th scope="col">
                  <span className="visually-hidden">Download</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.id}>
                  <th scope="row" className="mono">
                    <a href={`#preview-${file.id}`}>{file.name}</a>
                  </th>
                  <td>
                    <FormatBadge format={file.format} />
                  </td>
                  <td className="num">{formatBytes(file.sizeBytes)}</td>
                  <td>
                    <span className="row nowrap">
                      <code className="hash" title={file.sha256}>
                        {shortHash(file.sha256)}
                      </code>
                      <CopyButton value={file.sha256} label="Copy" className="btn btn-small btn-ghost" />
                    </span>
                  </td>
                  <td>
                    <a className="btn btn-small" href={file.downloadUrl} download={file.name}>
                      Download<span className="visually-hidden"> {file.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="section" aria-labelledby="dataset-previews">
        <h2 id="dataset-previews">Previews</h2>
        {files.map((file, index) => (
          <FilePreviewPanel key={file.id} file={file} autoLoad={index < AUTO_PREVIEW_FILES} />
        ))}
      </section>
    </>
  );
}

function FilePreviewPanel({ file, autoLoad }: { file: DatasetFileDto; autoLoad: boolean }) {
  const [requested, setRequested] = useState(autoLoad);
  return (
    <article className="card preview" id={`preview-${file.id}`} aria-labelledby={`preview-title-${file.id}`}>
      <div className="card-header">
        <h3 id={`preview-title-${file.id}`}>
          <span className="mono">{file.name}</span> <FormatBadge format={file.format} />
        </h3>
        <span className="muted small">{formatBytes(file.sizeBytes)}</span>
      </div>
      {requested ? (
        <FilePreview file={file} />
      ) : (
        <button type="button" className="btn" onClick={() => setRequested(true)}>
          Show preview
        </button>
      )}
    </article>
  );
}
