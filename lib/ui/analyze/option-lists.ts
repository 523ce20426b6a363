import { GENETIC_CODES } from "@/lib/bio/genetic-codes";

/**
 * Choices offered by the settings forms. The kernels validate names themselves (an unknown
 * enzyme or matrix comes back as a clear error), so these lists only drive the selects.
 */

/** Restriction enzymes offered in the digest multi-select. */
export const ENZYME_CHOICES: readonly string[] = ["EcoRI", "BamHI", "HindIII", "NotI", "XhoI", "PstI", "SmaI", "KpnI", "SacI", "XbaI", "NcoI", "NdeI", "EcoRV", "BglII"];

/** EMBOSS substitution matrices offered for alignment. */
export const MATRIX_CHOICES: readonly string[] = ["EBLOSUM62", "EDNAFULL"];

/** NCBI genetic code tables as `{id, label}` for a select ("11 — Bacterial, Archaeal…"). */
export const GENETIC_CODE_CHOICES: ReadonlyArray<{ id: number; label: string }> = [...GENETIC_CODES.values()].map((code) => ({
  id: code.id,
  label: `${code.id} — ${code.name}`,
}));
