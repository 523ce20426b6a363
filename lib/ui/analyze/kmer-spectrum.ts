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
