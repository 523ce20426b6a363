"use client";

import { useMemo } from "react";
import { DEFAULT_BOX, XAxis, YAxis } from "./axes";
import { histogramLayout, type HistogramBin } from "./histogram-layout";

export type Bin = HistogramBin;

/**
 * A histogram of equal or unequal bins along a numeric x axis, with an optional caption below.
 * `integerTicks` for whole-number x values; `xTickLabel` to name a tick otherwise (e.g. "≥ 100").
 */
export function Histogram({
  label,
  bins,
  xLabel,
  yLabel,
  caption,
  integerTicks = false,
  xTickLabel,
}: {
  label: string;
  bins: readonly Bin[];
  xLabel: string;
  yLabel: string;
  caption?: string | undefined;
  integerTicks?: boolean;
  xTickLabel?: (value: number) => string | null;
}) {
  const box = DEFAULT_BOX;
  const chart = useMemo(() => histogramLayout(bins, box, { integerTicks }), [bins, box, integerTicks]);

  return (
    <figure className="chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${box.width} ${box.height}`} className="chart-svg">
        <YAxis box={box} ticks={chart.yTicks} scale={chart.sy} label={yLabel} />
        <XAxis box={box} ticks={chart.xTicks} scale={chart.sx} label={xLabel} format={xTickLabel} />
        {chart.bars.map((b, i) => (
          <rect key={i} className="chart-bar" x={b.x} width={b.width} y={b.y} height={b.height}>
            <title>{b.title}</title>
          </rect>
        ))}
      </svg>
      {caption ? <figcaption className="muted small">{caption}</figcaption> : null}
    </figure>
  );
}
