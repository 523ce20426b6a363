"use client";

import type { DigestResult } from "@/lib/analysis/contract";
import { XAxis } from "./axes";
import { linearScale, niceTicks } from "./ticks";

/** Labelled sites at most; more are drawn as ticks only. */
const MAX_LABELS = 120;
const LABEL_ROWS = 4;

/** A restriction map: the sequence as an axis, a tick at every top-strand cut, enzyme labels above. */
export function RestrictionMap({ digest }: { digest: DigestResult }) {
  const box = { width: 720, height: 170, left: 24, right: 24, top: 12, bottom: 44 };
  const axisY = box.height - box.bottom;
  const sx = linearScale(0, Math.max(1, digest.length), box.left, box.width - box.right);
  const sites = [...digest.sites].sort((a, b) => a.cutTop - b.cutTop);
  const labelled = sites.length <= MAX_LABELS;
  const enzymes = [...new Set(sites.map((s) => s.enzyme))];

  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Restriction map of ${digest.recordId} (${digest.length.toLocaleString("en-US")} bp, ${digest.circular ? "circular" : "linear"}): ${sites.length} cut sites${enzymes.length > 0 ? ` for ${enzymes.join(", ")}` : ""}`}
        viewBox={`0 0 ${box.width} ${box.height}`}
        className="chart-svg"
      >
        <rect className="restriction-backbone" x={box.left} width={box.width - box.left - box.right} y={axisY - 6} height={6} />
        {sites.map((site, i) => {
          const x = sx(site.cutTop);
          const row = i % LABEL_ROWS;
          const labelY = box.top + 10 + row * 20;
          return (
            <g key={`${site.enzyme}-${site.position}-${site.strand}`} className={`restriction-site enzyme-${enzymes.indexOf(site.enzyme) % 6}`}>
              <line x1={x} x2={x} y1={labelled ? labelY + 4 : axisY - 18} y2={axisY} />
              {labelled ? (
                <text x={x} y={labelY} textAnchor="middle">
                  {site.enzyme}
                </text>
              ) : null}
              <title>{`${site.enzyme} cuts at ${site.cutTop} (site ${site.position + 1}, ${site.strand})`}</title>
            </g>
          );
        })}
        <XAxis box={box} ticks={niceTicks(0, digest.length, 6)} scale={sx} label="Position (bp)" />
      </svg>
      {!labelled ? <figcaption className="muted small">{sites.length.toLocaleString("en-US")} sites: labels hidden; see the table.</figcaption> : null}
    </figure>
  );
}
