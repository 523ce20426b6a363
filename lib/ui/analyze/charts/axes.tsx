import { tickLabel } from "./ticks";

/** Plot area inside an SVG chart (viewBox units). */
export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_BOX: PlotBox = { width: 720, height: 240, left: 56, right: 16, top: 12, bottom: 44 };

/** Bottom axis with tick marks, values and a label; `format` may name a tick its own way (null: the default label). */
export function XAxis({ box, ticks, scale, label, format }: { box: PlotBox; ticks: number[]; scale: (v: number) => number; label: string; format?: ((value: number) => string | null) | undefined }) {
  const y = box.height - box.bottom;
  return (
    <g className="chart-axis" aria-hidden="true">
      <line x1={box.left} x2={box.width - box.right} y1={y} y2={y} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${scale(t)},${y})`}>
          <line y2={5} />
          <text y={18} textAnchor="middle">
            {format?.(t) ?? tickLabel(t)}
          </text>
        </g>
      ))}
      <text className="chart-axis-label" x={(box.left + box.width - box.right) / 2} y={box.height - 6} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** Left axis with tick marks, values, light grid lines and a rotated label. */
export function YAxis({ box, ticks, scale, label }: { box: PlotBox; ticks: number[]; scale: (v: number) => number; label: string }) {
  const x = box.left;
  const midY = (box.top + box.height - box.bottom) / 2;
  return (
    <g className="chart-axis" aria-hidden="true">
      <line x1={x} x2={x} y1={box.top} y2={box.height - box.bottom} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x},${scale(t)})`}>
          <line x2={-5} />
          <line className="chart-grid" x2={box.width - box.right - box.left} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {tickLabel(t)}
          </text>
        </g>
      ))}
      <text className="chart-axis-label" transform={`translate(14,${midY}) rotate(-90)`} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}
