"use client";

import { useMemo } from "react";
import type { GcWindowsResult } from "@/lib/analysis/contract";
import { LineChart } from "../charts/line-chart";
import { gcWindowsSummary } from "../gc-window-summary";

const GC_DOMAIN: [number, number] = [0, 100];
const SKEW_DOMAIN: [number, number] = [-1, 1];

/** GC content and GC skew along the sequence, one line chart each; a single window is explained, not left as an empty plot. */
export function GcView({ result, params }: { result: GcWindowsResult; params: { window: number; step: number } }) {
  const gc = useMemo(() => [{ name: "GC %", values: result.gcPercent, className: "chart-line-1" }], [result]);
  const skew = useMemo(() => [{ name: "GC skew", values: result.gcSkew, className: "chart-line-2" }], [result]);
  const summary = gcWindowsSummary(result, params);
  if (result.starts.length === 0) return <p className="muted">{summary.text}</p>;
  const last = result.starts[result.starts.length - 1] ?? 0;
  return (
    <div className="stack">
      {summary.single ? (
        <p className="notice notice-warn" role="status">
          {summary.text}
        </p>
      ) : (
        <p className="muted small">{summary.text}</p>
      )}
      <LineChart label={`GC content in ${result.starts.length} windows from position 0 to ${last}`} xs={result.starts} series={gc} xLabel="Window start (bp)" yLabel="GC %" yDomain={GC_DOMAIN} />
      <LineChart label={`GC skew (G−C)/(G+C) in ${result.starts.length} windows from position 0 to ${last}`} xs={result.starts} series={skew} xLabel="Window start (bp)" yLabel="GC skew" yDomain={SKEW_DOMAIN} />
    </div>
  );
}
