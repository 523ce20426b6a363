"use client";

import { Fragment } from "react";
import type { AlignResult } from "@/lib/analysis/contract";
import { alignmentBlocks, alignmentSummary } from "../alignment-text";

/** Blocks rendered at most; the text download has the whole alignment. */
const MAX_BLOCKS = 400;

/** The EMBOSS-style summary and the aligned blocks of 50 with the markup line. */
export function AlignView({ result, nameA, nameB }: { result: AlignResult; nameA: string; nameB: string }) {
  const blocks = alignmentBlocks(result, nameA, nameB);
  const shown = blocks.length > MAX_BLOCKS ? blocks.slice(0, MAX_BLOCKS) : blocks;
  return (
    <div className="stack">
      <dl className="kv analyze-align-summary" aria-label="Alignment summary">
        {alignmentSummary(result).map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}:</dt>
            <dd className="mono">{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted small">
        {nameA} {result.startA}–{result.endA} aligned with {nameB} {result.startB}–{result.endB}.
      </p>
      <pre className="analyze-alignment" aria-label="Aligned sequences in blocks of 50 columns">
        {shown.map((lines) => lines.join("\n")).join("\n\n")}
      </pre>
      {shown.length < blocks.length ? <p className="muted small">Showing the first {shown.length * 50} columns; download the text for the whole alignment.</p> : null}
    </div>
  );
}
