"use client";

import { useState } from "react";
import { useDataset, useDatasetList } from "../api/datasets";
import { errorDetail } from "../components/query-state";
import { formatBytes } from "../format";
import { fetchDatasetFile, SEQUENCE_FORMATS, sequenceFiles } from "./dataset-file";
import type { InputSource } from "./input-source";

type DatasetSource = Extract<InputSource, { kind: "dataset" }>;

/**
 * "Open one of my datasets": my datasets with FASTA, FASTQ or GenBank files; choosing a file
 * downloads its bytes into the browser as the input.
 */
export function DatasetPicker({ idPrefix, onPick }: { idPrefix: string; onPick: (source: DatasetSource) => void }) {
  const list = useDatasetList({ mine: true }, { limit: 100 });
  const [slug, setSlug] = useState("");
  const datasets = list.items.filter((d) => SEQUENCE_FORMATS.has(d.format));
  const selectId = `${idPrefix}-dataset`;

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={selectId}>Dataset</label>
        <select id={selectId} value={slug} onChange={(e) => setSlug(e.target.value)} disabled={list.isPending}>
          <option value="">{list.isPending ? "Loading your datasets…" : datasets.length === 0 ? "No sequence datasets" : "Choose a dataset"}</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.slug}>
              {d.title} ({d.format})
            </option>
          ))}
        </select>
        {list.isError ? <p className="field-error">Could not load your datasets: {errorDetail(list.error)}</p> : null}
      </div>
      {slug ? <DatasetFiles slug={slug} onPick={onPick} /> : null}
    </div>
  );
}

function DatasetFiles({ slug, onPick }: { slug: string; onPick: (source: DatasetSource) => void }) {
  const dataset = useDataset(slug);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (dataset.isPending) return <p className="muted small">Loading files…</p>;
  if (!dataset.data) return <p className="field-error">Could not load the dataset: {errorDetail(dataset.error)}</p>;
  const data = dataset.data;
  const files = sequenceFiles(data);
  if (files.length === 0) return <p className="muted small">This dataset has no FASTA, FASTQ or GenBank file.</p>;

  async function open(fileId: string) {
    const file = files.find((f) => f.id === fileId);
    if (!file) return;
    setLoading(file.id);
    setError(null);
    try {
      const blob = await fetchDatasetFile(file);
      onPick({ kind: "dataset", blob, name: file.name, datasetSlug: data.slug, datasetTitle: data.title, fileId: file.id });
    } catch (e) {
      setError(errorDetail(e));
    } finally {
      setLoading(null);
    }
  }

  return (
    <div>
      <ul className="file-list">
        {files.map((f) => (
          <li key={f.id}>
            <span className="mono">{f.name}</span> <span className="muted small">{formatBytes(f.sizeBytes)}</span>{" "}
            <button type="button" className="btn btn-small" onClick={() => void open(f.id)} disabled={loading !== null}>
              {loading === f.id ? "Downloading…" : "Use this file"}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
