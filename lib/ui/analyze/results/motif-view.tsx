"use client";

import type { MotifHit } from "@/lib/analysis/contract";
import { formatCount } from "../../format";
import { DataTable } from "./data-table";

/** Motif hits as a table (1-based positions). */
export function MotifView({ result, pattern }: { result: MotifHit[]; pattern: string }) {
  if (result.length === 0) return <p className="muted">No matches of {pattern}.</p>;
  return (
    <div className="stack">
      <p className="muted small">
        {formatCount(result.length)} matches of <span className="mono">{pattern}</span>.
      </p>
      <DataTable
        caption="Motif hits"
        rows={result}
        rowKey={(h, i) => `${i}-${h.recordId}-${h.start}${h.strand}`}
        columns={[
          { header: "Record", cell: (h) => <span className="mono">{h.recordId}</span> },
          { header: "Start", numeric: true, cell: (h) => formatCount(h.start + 1) },
          { header: "End", numeric: true, cell: (h) => formatCount(h.end) },
          { header: "Strand", cell: (h) => h.strand },
          { header: "Matched", cell: (h) => <span className="mono">{h.matched}</span> },
        ]}
      />
    </div>
  );
}
