"use client";

import type { KmerResult } from "@/lib/analysis/contract";
import { formatCount } from "../../format";
import { Histogram } from "../charts/bar-chart";
import { DataTable } from "./data-table";

/** Multiplicities shown in the spectrum chart at most (the tail is in the download). */
const MAX_SPECTRUM = 100;

/** Top-N table and, when returned, the k-mer spectrum. */
export function KmersView({ result }: { result: KmerResult }) {
  const spectrum = (result.spectrum ?? []).filter((s) => s.multiplicity <= MAX_SPECTRUM);
  return (
    <div className="stack">
      <p className="muted small">
        k = {result.k}
        {result.canonical ? " (canonical)" : ""}: {formatCount(result.totalKmers)} k-mers counted, {formatCount(result.distinctKmers)} distinct.
      </p>
      <DataTable
        caption={`Top ${result.top.length} k-mers`}
        rows={result.top}
        rowKey={(t) => t.kmer}
        columns={[
          { header: "Rank", numeric: true, cell: (t) => result.top.indexOf(t) + 1 },
          { header: "k-mer", cell: (t) => <span className="mono">{t.kmer}</span> },
          { header: "Count", numeric: true, cell: (t) => formatCount(t.count) },
        ]}
      />
      {spectrum.length > 1 ? (
        <Histogram
          label={`k-mer spectrum: number of distinct k-mers by multiplicity 1 to ${spectrum[spectrum.length - 1]?.multiplicity ?? 1}`}
          bins={spectrum.map((s) => ({ start: s.multiplicity - 0.5, end: s.multiplicity + 0.5, count: s.distinct }))}
          xLabel="Multiplicity (times seen)"
          yLabel="Distinct k-mers"
        />
      ) : null}
    </div>
  );
}
