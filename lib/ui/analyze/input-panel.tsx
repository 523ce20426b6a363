"use client";

import { useState, type DragEvent } from "react";
import { formatBytes } from "../format";
import { DatasetPicker } from "./dataset-picker";
import { sourceLabel, sourceSize, type InputSource } from "./input-source";

/**
 * One sequence input: paste, pick a file, drop a file, or open a dataset file. The panel only
 * holds the text or the File/Blob; parsing happens in the analysis worker.
 */
export function InputPanel({ id, title, source, onChange, hint }: { id: string; title: string; source: InputSource; onChange: (source: InputSource) => void; hint?: string }) {
  const [dragging, setDragging] = useState(false);
  const [showDatasets, setShowDatasets] = useState(false);
  const chosen = sourceLabel(source);
  // "Sequence A" → "sequence A" inside a label (the letter stays a capital).
  const noun = title.charAt(0).toLowerCase() + title.slice(1);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onChange({ kind: "file", file });
  }

  return (
    <div
      className={`analyze-input${dragging ? " is-dragging" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        if (!dragging) setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h3>{title}</h3>
      {hint ? <p className="hint">{hint}</p> : null}
      {chosen ? (
        <div className="analyze-chosen" role="status">
          <span>
            Using <strong className="mono">{chosen}</strong> <span className="muted">({formatBytes(sourceSize(source))})</span>
          </span>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange({ kind: "paste", text: "" })}>
            Clear
          </button>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-text`}>Paste {noun}</label>
          <textarea
            id={`${id}-text`}
            className="mono analyze-textarea"
            rows={6}
            spellCheck={false}
            autoComplete="off"
            placeholder={">id description\nACGT…"}
            value={source.kind === "paste" ? source.text : ""}
            onChange={(e) => onChange({ kind: "paste", text: e.target.value })}
          />
        </div>
      )}
      <div className="row analyze-input-actions">
        <div className="field">
          <label htmlFor={`${id}-file`}>File for {noun}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".fa,.fasta,.fna,.ffn,.faa,.frn,.fas,.fq,.fastq,.gb,.gbk,.genbank,.txt,.gz"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onChange({ kind: "file", file });
              e.target.value = "";
            }}
          />
          <p className="hint">FASTA, FASTQ or GenBank (gzip ok) — or drop a file on this box.</p>
        </div>
        <button type="button" className="btn btn-small" aria-expanded={showDatasets} onClick={() => setShowDatasets((v) => !v)}>
          {showDatasets ? "Hide my datasets" : "Open one of my datasets"}
        </button>
      </div>
      {showDatasets ? (
        <DatasetPicker
          idPrefix={id}
          onPick={(picked) => {
            onChange(picked);
            setShowDatasets(false);
          }}
        />
      ) : null}
    </div>
  );
}
