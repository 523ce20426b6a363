"use client";

import { useMemo } from "react";
import { DEFAULT_BOX, XAxis, YAxis } from "./axes";
import { linearScale, niceTicks } from "./ticks";

export interface Bin {
  start: number;
  end: number;
  count: number;
  /** What the bar's tooltip calls the bin (default "start–end"). */
  label?: string;
}

/** A histogram of equal or unequal bins along a numeric x axis, with an optional caption below. */
export function Histogram({ label, bins, xLabel, yLabel, caption }: { label: string; bins: readonly Bin[]; xLabel: string; yLabel: string; caption?: string | undefined }) {
  const box = DEFAULT_BOX;
  const chart = useMemo(() => {
    const x0 = bins[0]?.start ?? 0;
    const x1 = bins[bins.length - 1]?.end ?? 1;
    const max = Math.max(1, ...bins.map((b) => b.count));
    const sx = linearScale(x0, x1 === x0 ? x0 + 1 : x1, box.left, box.width - box.right);
    const sy = linearScale(0, max, box.height - box.bottom, box.top);
    return { sx, sy, xTicks: niceTicks(x0, x1, 6), yTicks: niceTicks(0, max, 4).filter((t) => Number.isInteger(t)) };
  }, [bins, box]);

  return (
    <figure className="chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${box.width} ${box.height}`} className="chart-svg">
        <YAxis box={box} ticks={chart.yTicks} scale={chart.sy} label={yLabel} />
        <XAxis box={box} ticks={chart.xTicks} scale={chart.sx} label={xLabel} />
        {bins.map((b) => {
          const x = chart.sx(b.start);
          const w = Math.max(1, chart.sx(b.end) - x - 1);
          const y = chart.sy(b.count);
          return (
            <rect key={`${b.start}-${b.end}`} className="chart-bar" x={x} width={w} y={y} height={Math.max(0, box.height - box.bottom - y)}>
              <title>{`${b.label ?? `${b.start}–${b.end}`}: ${b.count}`}</title>
            </rect>
          );
        })}
      </svg>
      {caption ? <figcaption className="muted small">{caption}</figcaption> : null}
    </figure>
  );
}
