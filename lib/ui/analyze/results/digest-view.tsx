"use client";

import { useState } from "react";
import type { DigestResult } from "@/lib/analysis/contract";
import { formatCount } from "../../format";
import { RestrictionMap } from "../charts/restriction-map";
import { DataTable } from "./data-table";

/** Restriction map of one record (choosable), its cut sites and fragments. */
export function DigestView({ result }: { result: DigestResult[] }) {
  const [index, setIndex] = useState(0);
  const digest = result[Math.min(index, result.length - 1)];
  if (!digest) return <p className="muted">No records.</p>;
  const totalSites = result.reduce((n, d) => n + d.sites.length, 0);
  return (
    <div className="stack">
      <p className="muted small">
        {formatCount(totalSites)} cut sites in {formatCount(result.length)} record{result.length === 1 ? "" : "s"}.
      </p>
      {result.length > 1 ? (
        <div className="field field-inline">
          <label htmlFor="digest-record">Record</label>
          <select id="digest-record" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {result.slice(0, 500).map((d, i) => (
              <option key={`${i}-${d.recordId}`} value={i}>
                {d.recordId}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <RestrictionMap digest={digest} />
      <DataTable
        caption={`Cut sites in ${digest.recordId}`}
        rows={digest.sites}
        rowKey={(s, i) => `${i}-${s.enzyme}-${s.position}${s.strand}`}
        columns={[
          { header: "Enzyme", cell: (s) => s.enzyme },
          { header: "Site", cell: (s) => <span className="mono">{s.site}</span> },
          { header: "Position", numeric: true, cell: (s) => formatCount(s.position + 1) },
          { header: "Strand", cell: (s) => s.strand },
          { header: "Cut (top)", numeric: true, cell: (s) => formatCount(s.cutTop) },
          { header: "Cut (bottom)", numeric: true, cell: (s) => formatCount(s.cutBottom) },
        ]}
      />
      <p className="muted small">
        Position is the 1-based first base of the recognition site on the forward strand. Cut (top) and Cut (bottom) are cut points on each strand, counted in forward-strand bases: a cut at N falls after base N (0 = before the first base).
      </p>
      <DataTable
        caption={`Fragments of ${digest.recordId} (${digest.circular ? "circular" : "linear"})`}
        rows={digest.fragments}
        rowKey={(f, i) => `${i}-${f.start}`}
        columns={[
          { header: "Start", numeric: true, cell: (f) => formatCount(f.start + 1) },
          { header: "End", numeric: true, cell: (f) => formatCount(f.end) },
          { header: "Length (bp)", numeric: true, cell: (f) => formatCount(f.length) },
          { header: "Left end", cell: (f) => f.leftEnzyme ?? "sequence end" },
          { header: "Right end", cell: (f) => f.rightEnzyme ?? "sequence end" },
        ]}
      />
      <p className="muted small">Start and End are 1-based inclusive positions on the forward strand (a fragment of a circular sequence may run across the origin: End before Start).</p>
    </div>
  );
}
