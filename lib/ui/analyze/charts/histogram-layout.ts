import type { PlotBox } from "./axes";
import { linearScale, niceTicks } from "./ticks";

/**
 * Geometry of a histogram: the x range, ticks and one rectangle per bin. The x range spans at
 * least {@link MIN_SPAN_BINS} bin widths, so that a lone bar (every k-mer seen once, all reads
 * of one length) keeps a visible width and axis ticks around it instead of a degenerate
 * min == max range; it grows towards zero first and never below it for non-negative data.
 * Every bin with a count is at least {@link MIN_BAR_PX} tall. Pure.
 */

export interface HistogramBin {
  start: number;
  end: number;
  count: number;
  /** What the bar's tooltip calls the bin (default "start–end"). */
  label?: string;
}

export interface HistogramBar {
  x: number;
  width: number;
  y: number;
  height: number;
  title: string;
}

export interface HistogramLayout {
  xDomain: [number, number];
  xTicks: number[];
  yTicks: number[];
  sx: (v: number) => number;
  sy: (v: number) => number;
  bars: HistogramBar[];
}

/** Narrowest x range, in widths of the widest bin. */
export const MIN_SPAN_BINS = 5;
/** Least height of a bar with a count, so that a small count next to a large one still shows. */
export const MIN_BAR_PX = 1;

/** The x range: the bins' extent, widened to MIN_SPAN_BINS bin widths (towards zero first, not past it). */
export function histogramDomain(bins: readonly HistogramBin[]): [number, number] {
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return [0, 1];
  let x0 = first.start;
  let x1 = last.end;
  const widest = Math.max(...bins.map((b) => b.end - b.start));
  const minSpan = MIN_SPAN_BINS * (widest > 0 ? widest : 1);
  if (x1 - x0 >= minSpan) return [x0, x1];
  const floor = x0 >= 0 ? 0 : -Infinity;
  x0 = Math.max(floor, x1 - minSpan);
  if (x1 - x0 < minSpan) x1 = x0 + minSpan;
  return [x0, x1];
}

/** Lays the bins out in `box`; `integerTicks` keeps only whole-number x ticks (counts, multiplicities, lengths). */
export function histogramLayout(bins: readonly HistogramBin[], box: PlotBox, options: { integerTicks?: boolean } = {}): HistogramLayout {
  const xDomain = histogramDomain(bins);
  const [x0, x1] = xDomain;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const baseline = box.height - box.bottom;
  const sx = linearScale(x0, x1, box.left, box.width - box.right);
  const sy = linearScale(0, max, baseline, box.top);
  const xTicks = niceTicks(x0, x1, 6).filter((t) => !options.integerTicks || Number.isInteger(t));
  const yTicks = niceTicks(0, max, 4).filter((t) => Number.isInteger(t));
  const bars = bins.map((b) => {
    const x = sx(b.start);
    // One unit of gap between neighbouring bars, but never narrower than one unit.
    const width = Math.max(1, sx(b.end) - x - 1);
    const height = b.count > 0 ? Math.max(MIN_BAR_PX, baseline - sy(b.count)) : 0;
    return { x, width, y: baseline - height, height, title: `${b.label ?? `${b.start}–${b.end}`}: ${b.count}` };
  });
  return { xDomain, xTicks, yTicks, sx, sy, bars };
}
