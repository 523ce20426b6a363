"use client";

import { useMemo } from "react";
import { DEFAULT_BOX, XAxis, YAxis } from "./axes";
import { drawSeries } from "./line-path";
import { linearScale, niceTicks } from "./ticks";

export interface LineSeries {
  name: string;
  values: ReadonlyArray<number | null>;
  /** CSS class giving the stroke colour (`chart-line-1`, `chart-line-2`). */
  className: string;
}

/** Radius of the dot drawn for a point without neighbours (viewBox units). */
const DOT_RADIUS = 3;

/** A line chart with labelled axes; `label` is read by screen readers. */
export function LineChart({ label, xs, series, xLabel, yLabel, yDomain }: { label: string; xs: readonly number[]; series: LineSeries[]; xLabel: string; yLabel: string; yDomain?: [number, number] }) {
  const box = DEFAULT_BOX;
  const chart = useMemo(() => {
    const x0 = xs[0] ?? 0;
    const x1 = xs[xs.length - 1] ?? 1;
    let lo = Infinity;
    let hi = -Infinity;
    if (yDomain) [lo, hi] = yDomain;
    else {
      for (const s of series) {
        for (const v of s.values) {
          if (v === null || !Number.isFinite(v)) continue;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
      if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
    }
    const sx = linearScale(x0, x1, box.left, box.width - box.right);
    const sy = linearScale(lo, hi, box.height - box.bottom, box.top);
    return { sx, sy, xTicks: niceTicks(x0, x1, 6), yTicks: niceTicks(lo, hi, 4), paths: series.map((s) => ({ name: s.name, className: s.className, ...drawSeries(xs, s.values, sx, sy) })) };
  }, [xs, series, yDomain, box]);

  return (
    <figure className="chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${box.width} ${box.height}`} className="chart-svg">
        <YAxis box={box} ticks={chart.yTicks} scale={chart.sy} label={yLabel} />
        <XAxis box={box} ticks={chart.xTicks} scale={chart.sx} label={xLabel} />
        {chart.paths.map((p) => (
          <g key={p.name}>
            <path className={`chart-line ${p.className}`} d={p.d} />
            {/* The class gives the stroke colour; a lone point is a ring of it. */}
            {p.dots.map((dot, i) => (
              <circle key={i} className={p.className} cx={dot.x} cy={dot.y} r={DOT_RADIUS} fill="none" strokeWidth={2} />
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 ? (
        <figcaption className="chart-legend">
          {series.map((s) => (
            <span key={s.name}>
              <span className={`chart-swatch ${s.className}`} aria-hidden="true" /> {s.name}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
