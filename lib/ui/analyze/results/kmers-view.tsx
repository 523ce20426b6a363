"use client";

import type { KmerResult } from "@/lib/analysis/contract";
import { formatCount } from "../../format";
import { Histogram } from "../charts/bar-chart";
import { spectrumBins, spectrumText } from "../kmer-spectrum";
import { DataTable } from "./data-table";

/** Top-N table and, when returned, the k-mer spectrum (the tail above the cap in one last bar; a lone bar is drawn and explained). */
export function KmersView({ result }: { result: KmerResult }) {
  const { bins, tail, cap } = spectrumBins(result.spectrum);
  const text = spectrumText({ bins, tail });
  const tailCaption = tail
    ? `The last bar (≥ ${cap}) holds the ${formatCount(tail.distinct)} distinct k-mer${tail.distinct === 1 ? "" : "s"} seen ${cap} times or more (up to ${formatCount(tail.maxMultiplicity)} times); the spectrum download lists every multiplicity.`
    : undefined;
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
      {bins.length > 0 ? (
        <Histogram
          label={text.label}
          bins={bins}
          xLabel={tail ? `Multiplicity (times seen; last bar ≥ ${cap})` : "Multiplicity (times seen)"}
          yLabel="Distinct k-mers"
          integerTicks
          xTickLabel={tail ? (v) => (v === cap ? `≥ ${cap}` : null) : undefined}
          caption={tailCaption ?? text.singleBar ?? undefined}
        />
      ) : null}
    </div>
  );
}
