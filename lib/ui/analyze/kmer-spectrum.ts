import type { KmerResult } from "@/lib/analysis/contract";

/**
 * The k-mer spectrum as histogram bins: one bar per multiplicity below the cap, and a last bar
 * that holds every k-mer seen `cap` times or more, so the chart shows every distinct k-mer and
 * its axis ends at the cap however long the tail is. Pure.
 */

/** Multiplicities with a bar of their own, at most; the last bar holds this and above. */
export const SPECTRUM_CAP = 100;

export interface SpectrumBin {
  start: number;
  end: number;
  count: number;
  /** "7", or "≥ 100" for the last bar. */
  label: string;
}

export interface SpectrumTail {
  /** Distinct k-mers seen `cap` times or more. */
  distinct: number;
  /** Highest multiplicity among them. */
  maxMultiplicity: number;
}

export interface SpectrumBins {
  bins: SpectrumBin[];
  /** What the last "≥ cap" bar holds; null when no k-mer reaches the cap. */
  tail: SpectrumTail | null;
  cap: number;
}

/** Bars of width 1 centred on each multiplicity below `cap`, then one "≥ cap" bar. */
export function spectrumBins(spectrum: KmerResult["spectrum"], cap = SPECTRUM_CAP): SpectrumBins {
  const sorted = [...(spectrum ?? [])].filter((s) => s.distinct > 0).sort((a, b) => a.multiplicity - b.multiplicity);
  const bins: SpectrumBin[] = [];
  let tailDistinct = 0;
  let tailMax = 0;
  for (const s of sorted) {
    if (s.multiplicity < cap) bins.push({ start: s.multiplicity - 0.5, end: s.multiplicity + 0.5, count: s.distinct, label: String(s.multiplicity) });
    else {
      tailDistinct += s.distinct;
      tailMax = s.multiplicity;
    }
  }
  if (tailDistinct === 0) return { bins, tail: null, cap };
  bins.push({ start: cap - 0.5, end: cap + 0.5, count: tailDistinct, label: `≥ ${cap}` });
  return { bins, tail: { distinct: tailDistinct, maxMultiplicity: tailMax }, cap };
}

function distinctKmers(n: number): string {
  return `${n.toLocaleString("en-US")} distinct k-mer${n === 1 ? "" : "s"}`;
}

/** The chart's accessible name, and for a single bar what it means (the bar alone says little). */
export function spectrumText({ bins, tail }: Pick<SpectrumBins, "bins" | "tail">): { label: string; singleBar: string | null } {
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return { label: "k-mer spectrum: no k-mers", singleBar: null };
  if (bins.length > 1) return { label: `k-mer spectrum: number of distinct k-mers by multiplicity, ${first.label} to ${last.label}`, singleBar: null };
  const all = distinctKmers(first.count);
  const times = first.label === "1" ? "once" : `${first.label} times`;
  const who = first.count === 1 ? "the only distinct k-mer was" : `all ${all} were`;
  const singleBar = tail ? null : `Every k-mer occurs ${first.label === "1" ? "exactly once" : "the same number of times"}: ${who} seen ${times}.`;
  return { label: `k-mer spectrum: a single bar, ${all} at multiplicity ${first.label}`, singleBar };
}
