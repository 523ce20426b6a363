"use client";

import { useEffect, useRef } from "react";
import type { DotPlotResult } from "@/lib/analysis/contract";
import { dotPlotEmptyMessage, dotPlotIsEmpty } from "../dotplot-word";

/** RGB of forward (A vs B) and reverse (A vs reverse complement of B) matches. */
const FORWARD: readonly [number, number, number] = [11, 114, 133];
const REVERSE: readonly [number, number, number] = [214, 72, 38];

/**
 * The dot plot grid painted on a canvas: rows are positions in A (top to bottom), columns
 * positions in B; forward and reverse-complement matches in two colours, darker for more
 * matches. Proteins have residues and no reverse complement; a plot without any matching word
 * says so instead of showing an empty square.
 */
export function DotPlot({ result, nameA, nameB, protein, k }: { result: DotPlotResult; nameA: string; nameB: string; protein: boolean; k: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const empty = dotPlotIsEmpty(result);
  const unit = protein ? "aa" : "bp";
  const word = protein ? "residues" : "bases";

  useEffect(() => {
    if (empty) return;
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const { size, forward, reverse } = result;
    let max = 1;
    for (let i = 0; i < forward.length; i++) max = Math.max(max, forward[i] ?? 0, reverse[i] ?? 0);
    const image = context.createImageData(size, size);
    const px = image.data;
    for (let i = 0; i < size * size; i++) {
      const f = forward[i] ?? 0;
      const r = reverse[i] ?? 0;
      const o = i * 4;
      if (f === 0 && r === 0) {
        px[o] = 255;
        px[o + 1] = 255;
        px[o + 2] = 255;
        px[o + 3] = 255;
        continue;
      }
      const color = f >= r ? FORWARD : REVERSE;
      // Square root keeps single matches visible next to long repeats.
      const strength = 0.35 + 0.65 * Math.sqrt(Math.max(f, r) / max);
      px[o] = Math.round(255 - (255 - color[0]) * strength);
      px[o + 1] = Math.round(255 - (255 - color[1]) * strength);
      px[o + 2] = Math.round(255 - (255 - color[2]) * strength);
      px[o + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [result, empty]);

  if (empty) {
    return (
      <p className="notice" role="status">
        {dotPlotEmptyMessage(result, k, protein, nameA, nameB)}
      </p>
    );
  }

  return (
    <figure className="chart dotplot">
      <div className="dotplot-frame">
        <span className="dotplot-y-label">
          {nameA} (1–{result.lengthA.toLocaleString("en-US")} {unit}, top to bottom)
        </span>
        <canvas
          ref={canvas}
          width={result.size}
          height={result.size}
          className="dotplot-canvas"
          role="img"
          aria-label={`Dot plot of ${nameA} (${result.lengthA} ${unit}, rows) against ${nameB} (${result.lengthB} ${unit}, columns), ${result.size}×${result.size} cells, words of ${k} ${word}; ${protein ? "matches in teal" : "forward matches in teal, reverse-complement matches in orange"}`}
        />
      </div>
      <figcaption className="chart-legend">
        <span>
          {nameB} (1–{result.lengthB.toLocaleString("en-US")} {unit}, left to right)
        </span>
        <span>
          <span className="chart-swatch dotplot-forward" aria-hidden="true" /> {protein ? `matching words of ${k} residues` : "forward"}
        </span>
        {protein ? null : (
          <span>
            <span className="chart-swatch dotplot-reverse" aria-hidden="true" /> reverse complement
          </span>
        )}
      </figcaption>
    </figure>
  );
}
