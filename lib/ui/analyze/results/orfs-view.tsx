"use client";

import { useMemo, useState } from "react";
import type { Orf } from "@/lib/analysis/contract";
import { formatCount } from "../../format";
import { OrfMap } from "../charts/orf-map";
import { DataTable } from "./data-table";

/** The ORF map of one record (choosable) and the table of all ORFs. */
export function OrfsView({ result, recordLengths }: { result: Orf[]; recordLengths: ReadonlyMap<string, number> }) {
  const records = useMemo(() => [...new Set(result.map((o) => o.recordId))], [result]);
  const [picked, setPicked] = useState<string | null>(null);
  const recordId = picked !== null && records.includes(picked) ? picked : (records[0] ?? "");
  const orfsOfRecord = useMemo(() => result.filter((o) => o.recordId === recordId), [result, recordId]);
  const knownLength = recordLengths.get(recordId);
  const length = knownLength ?? orfsOfRecord.reduce((m, o) => Math.max(m, o.end), 0);

  if (result.length === 0) return <p className="muted">No ORFs with these settings.</p>;
  return (
    <div className="stack">
      <p className="muted small">{formatCount(result.length)} ORFs.</p>
      {records.length > 1 ? (
        <div className="field field-inline">
          <label htmlFor="orf-map-record">Map of record</label>
          <select id="orf-map-record" value={recordId} onChange={(e) => setPicked(e.target.value)}>
            {records.slice(0, 500).map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <OrfMap orfs={orfsOfRecord} length={length} recordId={recordId} />
      {knownLength === undefined ? <p className="muted small">The axis ends at the last ORF (run Statistics too for the full sequence length).</p> : null}
      <DataTable
        caption="Open reading frames"
        rows={result}
        rowKey={(o, i) => `${i}-${o.recordId}-${o.strand}${o.start}`}
        columns={[
          { header: "Record", cell: (o) => <span className="mono">{o.recordId}</span> },
          { header: "Start", numeric: true, cell: (o) => formatCount(o.start + 1) },
          { header: "End", numeric: true, cell: (o) => formatCount(o.end) },
          { header: "Strand", cell: (o) => o.strand },
          { header: "Frame", numeric: true, cell: (o) => (o.frame > 0 ? `+${o.frame}` : `−${-o.frame}`) },
          { header: "Length (aa)", numeric: true, cell: (o) => formatCount(o.lengthAa) },
          { header: "Stop", cell: (o) => (o.hasStop ? "yes" : "runs off end") },
          { header: "Protein", cell: (o) => <span className="mono" title={o.protein}>{o.protein.length > 30 ? `${o.protein.slice(0, 30)}…` : o.protein}</span> },
        ]}
      />
      <p className="muted small">Start and End are 1-based inclusive positions on the forward strand, stop codon included.</p>
    </div>
  );
}
