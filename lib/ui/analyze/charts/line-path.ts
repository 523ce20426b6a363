/**
 * The drawing of one line-chart series: an SVG path through its points, broken at nulls, and a
 * dot for every point that has no neighbour to draw a line to (a lone window between gaps, or a
 * series of one point), which a path alone would leave invisible. Pure.
 */

/** Points drawn at most; longer series are sampled evenly (the full data is in the download). */
export const MAX_POINTS = 2000;

export interface SeriesDrawing {
  /** SVG path data ("M…L…"), empty when no two points are adjacent. */
  d: string;
  /** Points with no drawn neighbour, in chart units. */
  dots: Array<{ x: number; y: number }>;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The path and lone-point dots of a series on the scales `sx`, `sy`; nulls and non-finite values break the line. */
export function drawSeries(xs: readonly number[], values: ReadonlyArray<number | null>, sx: (v: number) => number, sy: (v: number) => number): SeriesDrawing {
  const stride = Math.max(1, Math.ceil(xs.length / MAX_POINTS));
  let d = "";
  const dots: SeriesDrawing["dots"] = [];
  let run: Array<{ x: number; y: number }> = [];
  const flush = () => {
    if (run.length === 1) dots.push(run[0]!);
    else run.forEach((p, i) => (d += `${i === 0 ? "M" : "L"}${p.x},${p.y}`));
    run = [];
  };
  for (let i = 0; i < xs.length; i += stride) {
    const v = values[i];
    const x = xs[i];
    if (v === null || v === undefined || x === undefined || !Number.isFinite(v)) flush();
    else run.push({ x: round1(sx(x)), y: round1(sy(v)) });
  }
  flush();
  return { d, dots };
}
