/**
 * GC content and GC skew per sliding window in plain TypeScript: the reference the
 * `gcWindows` kernel is tested against, and the parameter rules both share.
 */
import type { GcWindowsParams, GcWindowsResult } from "@/lib/analysis/contract";

/** Most windows one call returns (a larger step or window gives fewer). */
export const MAX_GC_WINDOWS = 1_000_000;

/**
 * Checks window and step (positive integers) and returns the window count: windows start at
 * 0, step, 2·step, … while they fit; a window longer than the sequence becomes one window
 * over the whole sequence.
 */
export function gcWindowCount(length: number, params: GcWindowsParams): number {
  const { window, step } = params;
  if (!Number.isInteger(window) || window < 1) throw new Error(`GC window must be a positive integer, got ${window}`);
  if (!Number.isInteger(step) || step < 1) throw new Error(`GC window step must be a positive integer, got ${step}`);
  const count = window >= length ? 1 : Math.floor((length - window) / step) + 1;
  if (count > MAX_GC_WINDOWS) {
    throw new Error(`GC windows: window ${window} with step ${step} gives ${count} windows (at most ${MAX_GC_WINDOWS}); use a larger step`);
  }
  return count;
}

/** Result values from G, C and A+C+G+T(+U) counts of one window. */
export function gcWindowValues(g: number, c: number, acgt: number): { gc: number | null; skew: number | null } {
  return { gc: acgt === 0 ? null : (100 * (g + c)) / acgt, skew: g + c === 0 ? null : (g - c) / (g + c) };
}

/** GC% (over A/C/G/T/U, case-insensitive) and (G−C)/(G+C) of each window, computed directly. */
export function gcWindowsReference(sequence: string, params: GcWindowsParams): GcWindowsResult {
  const count = gcWindowCount(sequence.length, params);
  const w = Math.min(params.window, sequence.length);
  const out: GcWindowsResult = { starts: [], gcPercent: [], gcSkew: [] };
  for (let k = 0; k < count; k++) {
    const s = k * params.step;
    let g = 0;
    let c = 0;
    let acgt = 0;
    for (let i = s; i < s + w; i++) {
      const code = sequence.charCodeAt(i);
      const ch = code < 128 ? String.fromCharCode(code).toUpperCase() : "";
      if (ch === "G") g++;
      else if (ch === "C") c++;
      if (ch !== "" && "ACGTU".includes(ch)) acgt++;
    }
    const v = gcWindowValues(g, c, acgt);
    out.starts.push(s);
    out.gcPercent.push(v.gc);
    out.gcSkew.push(v.skew);
  }
  return out;
}
