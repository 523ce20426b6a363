"use client";

import { useState } from "react";
import { formatCount, formatPercent } from "../../format";
import { StatGrid } from "./stat-grid";
import type { GenbankRecordView, GenbankView } from "./view-models";

/** GenBank: per record the header facts, feature counts by type and a feature table. */
export function GenbankPreview({ view, fileName }: { view: GenbankView; fileName: string }) {
  if (view.records.length === 0) return <p className="muted">No records.</p>;
  const more = view.recordCount > view.records.length;
  return (
    <div className="preview-body">
      {more ? (
        <p className="muted small">
          Showing {view.records.length} of {formatCount(view.recordCount)} records.
        </p>
      ) : null}
      {view.records.map((record, i) => (
        <GenbankRecord key={`${record.accession || record.name}-${i}`} record={record} fileName={fileName} />
      ))}
    </div>
  );
}

function GenbankRecord({ record, fileName }: { record: GenbankRecordView; fileName: string }) {
  const [type, setType] = useState("");
  const total = Math.max(record.featureTotal, record.features.length);
  const label = record.accession || record.name || fileName;
  const shownTypes = [...new Set(record.features.map((f) => f.type))];
  const features = type ? record.features.filter((f) => f.type === type) : record.features;
  const filterId = `features-type-${label.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <section className="record" aria-label={`Record ${label}`}>
      <h4>
        <span className="mono">{record.name || record.accession || "Record"}</span>
        {record.definition ? <span className="muted"> — {record.definition}</span> : null}
      </h4>
      <dl className="kv">
        <dt>Accession</dt>
        <dd className="mono">{record.accession || "—"}</dd>
        <dt>Definition</dt>
        <dd>{record.definition || "—"}</dd>
        <dt>Organism</dt>
        <dd>{record.organism ? <em>{record.organism}</em> : "—"}</dd>
        <dt>Length</dt>
        <dd>{formatCount(record.lengthBp)} bp</dd>
        <dt>Topology</dt>
        <dd>{[record.topology, record.moleculeType].filter(Boolean).join(", ") || "—"}</dd>
        <dt>GC</dt>
        <dd>{formatPercent(record.gcPercent)}</dd>
      </dl>
      {record.featureCounts.length > 0 ? <StatGrid label={`Feature counts of ${label}`} stats={record.featureCounts.map((c) => ({ label: c.type, value: formatCount(c.count) }))} /> : null}
      {shownTypes.length > 1 ? (
        <div className="field field-inline">
          <label htmlFor={filterId}>Feature type</label>
          <select id={filterId} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All types</option>
            {shownTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {features.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>
              {type ? `${type} features` : "Features"} of {label}
              {total > record.features.length ? ` (from the first ${record.features.length} of ${formatCount(total)})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Location</th>
                <th scope="col" className="num">
                  Start–end
                </th>
                <th scope="col">Strand</th>
                <th scope="col">Gene</th>
                <th scope="col">Product</th>
                <th scope="col">Locus tag</th>
              </tr>
            </thead>
            <tbody>
              {features.map((f, i) => (
                <tr key={`${f.type}-${f.location}-${i}`}>
                  <th scope="row">{f.type}</th>
                  <td className="mono small">{f.location || "—"}</td>
                  <td className="num">{f.start1 !== null && f.end1 !== null ? `${formatCount(f.start1)}–${formatCount(f.end1)}` : "—"}</td>
                  <td>{f.strand || "—"}</td>
                  <td>{f.gene ? <em>{f.gene}</em> : ""}</td>
                  <td>{f.product}</td>
                  <td className="mono small">{f.locusTag}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No features.</p>
      )}
    </section>
  );
}
