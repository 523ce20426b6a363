"use client";

import { useMemo } from "react";
import type { Frame, Orf } from "@/lib/analysis/contract";
import { XAxis } from "./axes";
import { linearScale, niceTicks } from "./ticks";

/** Arrows drawn at most (the longest first); the table and downloads have every ORF. */
const MAX_ARROWS = 1500;
const LANES: readonly Frame[] = [1, 2, 3, -1, -2, -3];
const LANE_HEIGHT = 22;

/**
 * ORFs of one sequence as arrows: the sequence is the x axis, one lane per strand and frame
 * (+1…+3 above, −1…−3 below), arrows pointing in the reading direction.
 */
export function OrfMap({ orfs, length, recordId }: { orfs: readonly Orf[]; length: number; recordId: string }) {
  const box = { width: 720, height: 44 + LANES.length * LANE_HEIGHT + 12, left: 44, right: 16, top: 12, bottom: 44 };
  const shown = useMemo(() => (orfs.length <= MAX_ARROWS ? orfs : [...orfs].sort((x, y) => y.lengthAa - x.lengthAa).slice(0, MAX_ARROWS)), [orfs]);
  const sx = linearScale(0, Math.max(1, length), box.left, box.width - box.right);
  const laneY = (frame: Frame) => box.top + LANES.indexOf(frame) * LANE_HEIGHT;

  return (
    <figure className="chart">
      <svg role="img" aria-label={`ORF map of ${recordId}: ${orfs.length} open reading frames on a ${length.toLocaleString("en-US")} bp sequence, by strand and frame`} viewBox={`0 0 ${box.width} ${box.height}`} className="chart-svg">
        {LANES.map((frame) => (
          <g key={frame} aria-hidden="true" className="chart-axis">
            <text x={box.left - 8} y={laneY(frame) + LANE_HEIGHT / 2} dy="0.32em" textAnchor="end">
              {frame > 0 ? `+${frame}` : `−${-frame}`}
            </text>
            <line className="chart-grid" x1={box.left} x2={box.width - box.right} y1={laneY(frame) + LANE_HEIGHT / 2} y2={laneY(frame) + LANE_HEIGHT / 2} />
          </g>
        ))}
        {shown.map((orf) => {
          const x0 = sx(orf.start);
          const x1 = sx(orf.end);
          const y = laneY(orf.frame) + 4;
          const h = LANE_HEIGHT - 8;
          const head = Math.min(6, Math.max(1, x1 - x0));
          const points =
            orf.strand === "+"
              ? `${x0},${y} ${x1 - head},${y} ${x1},${y + h / 2} ${x1 - head},${y + h} ${x0},${y + h}`
              : `${x1},${y} ${x0 + head},${y} ${x0},${y + h / 2} ${x0 + head},${y + h} ${x1},${y + h}`;
          return (
            <polygon key={`${orf.strand}${orf.start}-${orf.end}`} className={orf.strand === "+" ? "orf-arrow orf-forward" : "orf-arrow orf-reverse"} points={points}>
              <title>{`${orf.start + 1}–${orf.end} (${orf.strand}, frame ${orf.frame}), ${orf.lengthAa} aa`}</title>
            </polygon>
          );
        })}
        <XAxis box={box} ticks={niceTicks(0, length, 6)} scale={sx} label="Position (bp)" />
      </svg>
      {shown.length < orfs.length ? <figcaption className="muted small">Showing the {shown.length.toLocaleString("en-US")} longest of {orfs.length.toLocaleString("en-US")} ORFs.</figcaption> : null}
    </figure>
  );
}
