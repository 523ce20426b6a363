"use client";

import type { StatsResult } from "@/lib/analysis/contract";
import { formatCount, formatDecimal, formatPercent } from "../../format";
import { Histogram } from "../charts/bar-chart";
import { LineChart } from "../charts/line-chart";
import { DataTable } from "./data-table";

type Row = StatsResult["records"][number];

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Totals, the per-record table, the length histogram and (FASTQ) quality by position. */
export function StatsView({ result }: { result: StatsResult }) {
  const t = result.total;
  const fastq = result.format === "fastq";
  const quality = result.perPositionQuality ?? [];
  // Proteins have residues, no GC and no N bases (an N is asparagine); mixed files say "letters".
  const protein = t.molecule === "protein";
  const nucleotide = !protein && t.molecule !== "mixed";
  const unit = protein ? "aa" : nucleotide ? "bp" : "letters";
  return (
    <div className="stack">
      <dl className="stats" aria-label="Totals">
        <Stat label="Records" value={formatCount(t.records)} />
        {t.molecule === "mixed" ? <Stat label="Molecules" value="protein and nucleotide records" /> : null}
        <Stat label="Total length" value={`${formatCount(t.lengthBp)} ${unit}`} />
        {protein ? null : <Stat label={nucleotide ? "GC content" : "GC (nucleotide records)"} value={formatPercent(t.gcPercent, 2)} />}
        <Stat label="N50" value={`${formatCount(t.n50)} ${unit}`} />
        <Stat label="L50" value={formatCount(t.l50)} />
        <Stat label="Shortest" value={`${formatCount(t.minLength)} ${unit}`} />
        <Stat label="Longest" value={`${formatCount(t.maxLength)} ${unit}`} />
        <Stat label="Mean length" value={`${formatDecimal(t.meanLength, 1)} ${unit}`} />
        {protein ? null : <Stat label="N bases" value={formatCount(t.nCount)} />}
        <Stat label="Soft-masked" value={formatCount(t.lowercaseCount)} />
        {fastq ? <Stat label="Mean quality" value={formatDecimal(t.meanQuality ?? null, 2)} /> : null}
      </dl>
      <DataTable
        caption={`Per record${result.recordsTruncated ? " (the first records only; totals cover all)" : ""}`}
        rows={result.records}
        rowKey={(r, i) => `${i}-${r.id}`}
        columns={[
          { header: "ID", cell: (r) => <span className="mono">{r.id}</span> },
          { header: `Length (${unit})`, numeric: true, cell: (r) => formatCount(r.lengthBp) },
          ...(protein
            ? []
            : [
                { header: "GC (ACGT)", numeric: true, cell: (r: Row) => formatPercent(r.gcPercent, 2) },
                { header: "GC (all)", numeric: true, cell: (r: Row) => formatPercent(r.gcPercentAll, 2) },
                { header: "N", numeric: true, cell: (r: Row) => formatCount(r.nCount) },
              ]),
          { header: "Lowercase", numeric: true, cell: (r) => formatCount(r.lowercaseCount) },
          ...(fastq ? [{ header: "Mean Q", numeric: true, cell: (r: Row) => formatDecimal(r.meanQuality ?? null, 2) }] : []),
        ]}
      />
      {result.lengthHistogram.length > 1 ? <Histogram label={`Record length histogram: ${result.lengthHistogram.length} bins from ${t.minLength} to ${t.maxLength} ${unit}`} bins={result.lengthHistogram} xLabel={`Record length (${unit})`} yLabel="Records" integerTicks /> : null}
      {fastq && quality.length > 0 ? (
        <LineChart
          label={`Mean quality by read position, positions 1 to ${quality.length}`}
          xs={quality.map((q) => q.position)}
          series={[{ name: "Mean Phred quality", values: quality.map((q) => q.mean), className: "chart-line-1" }]}
          xLabel="Position in read"
          yLabel="Mean Phred quality"
          yDomain={[0, quality.reduce((top, q) => Math.max(top, Math.ceil(q.mean)), 41)]}
        />
      ) : null}
    </div>
  );
}
