import type { GcWindowsResult } from "@/lib/analysis/contract";

/**
 * The sentence above the GC plots: how many windows the options gave, and when they gave only
 * one (a record shorter than the window plus one step), what that one window measured, its
 * values and how to get a plot. A line needs two windows; one alone must not pass for an empty
 * plot. Pure.
 */

function bp(n: number): string {
  return `${n.toLocaleString("en-US")} bp`;
}

export interface GcWindowsSummary {
  text: string;
  /** True when the options gave a single window (the text then explains it). */
  single: boolean;
}

export function gcWindowsSummary(result: Pick<GcWindowsResult, "starts" | "gcPercent" | "gcSkew">, params: { window: number; step: number }): GcWindowsSummary {
  const n = result.starts.length;
  if (n === 0) return { text: "No windows: the record has no bases.", single: false };
  if (n > 1) return { text: `${n.toLocaleString("en-US")} windows of ${bp(params.window)}, one every ${bp(params.step)}.`, single: false };
  const gc = result.gcPercent[0];
  const skew = result.gcSkew[0];
  const values = `GC ${gc === null || gc === undefined ? "not defined (no A, C, G or T)" : `${gc.toFixed(2)} %`}, GC skew ${skew === null || skew === undefined ? "not defined (no G or C)" : skew.toFixed(3)}`;
  return {
    text:
      `One window only: the record is shorter than the window plus one step (${bp(params.window + params.step)}), so these options measure a single window from position 0, ` +
      `of ${bp(params.window)} or the whole record when it is shorter. ${values}. For a plot along the record, choose a smaller window or step.`,
    single: true,
  };
}
