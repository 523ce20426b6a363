"use client";

import { useMemo } from "react";
import type { GcWindowsResult } from "@/lib/analysis/contract";
import { LineChart } from "../charts/line-chart";
import { plural } from "../../format";

const GC_DOMAIN: [number, number] = [0, 100];
const SKEW_DOMAIN: [number, number] = [-1, 1];

/** GC content and GC skew along the sequence, one line chart each. */
export function GcView({ result, window }: { result: GcWindowsResult; window: number }) {
  const gc = useMemo(() => [{ name: "GC %", values: result.gcPercent, className: "chart-line-1" }], [result]);
  const skew = useMemo(() => [{ name: "GC skew", values: result.gcSkew, className: "chart-line-2" }], [result]);
  if (result.starts.length === 0) return <p className="muted">The sequence is shorter than one window.</p>;
  const last = result.starts[result.starts.length - 1] ?? 0;
  return (
    <div className="stack">
      <p className="muted small">
        {result.starts.length === 1
          ? `1 window of up to ${window.toLocaleString("en-US")} bp: a record no longer than the window is measured whole, as one window.`
          : `${plural(result.starts.length, "window")} of ${window.toLocaleString("en-US")} bp.`}
      </p>
      <LineChart label={`GC content in ${result.starts.length} windows from position 0 to ${last}`} xs={result.starts} series={gc} xLabel="Window start (bp)" yLabel="GC %" yDomain={GC_DOMAIN} />
      <LineChart label={`GC skew (G−C)/(G+C) in ${result.starts.length} windows from position 0 to ${last}`} xs={result.starts} series={skew} xLabel="Window start (bp)" yLabel="GC skew" yDomain={SKEW_DOMAIN} />
    </div>
  );
}
