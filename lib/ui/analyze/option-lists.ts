import { AUTO_ALIGN_MATRIX } from "@/lib/analysis/contract";
import { MATRIX_NAMES } from "@/lib/bio/align/matrices";
import { GENETIC_CODES } from "@/lib/bio/genetic-codes";
import { ENZYME_NAMES } from "@/lib/bio/restriction-enzymes";

/**
 * Choices offered by the settings forms. The kernels validate names themselves (an unknown
 * enzyme or matrix comes back as a clear error), so these lists only drive the selects.
 */

/** The most used restriction enzymes, shown first in the digest form. */
export const COMMON_ENZYMES: readonly string[] = ["EcoRI", "BamHI", "HindIII", "NotI", "XhoI", "PstI", "SmaI", "KpnI", "SacI", "XbaI", "NcoI", "NdeI", "EcoRV", "BglII"].filter((name) => ENZYME_NAMES.includes(name));

/** Every other enzyme of the kernel's table, alphabetically. */
export const MORE_ENZYMES: readonly string[] = ENZYME_NAMES.filter((name) => !COMMON_ENZYMES.includes(name)).sort((a, b) => a.localeCompare(b, "en"));

/** Substitution matrices offered for alignment: automatic, then every EMBOSS matrix the kernel has. */
export const MATRIX_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: AUTO_ALIGN_MATRIX, label: "By molecule type (EDNAFULL for DNA, EBLOSUM62 for protein)" },
  ...MATRIX_NAMES.map((name) => ({ value: name, label: name })),
];

/** NCBI genetic code tables as `{id, label}` for a select ("11 — Bacterial, Archaeal…"). */
export const GENETIC_CODE_CHOICES: ReadonlyArray<{ id: number; label: string }> = [...GENETIC_CODES.values()].map((code) => ({
  id: code.id,
  label: `${code.id} — ${code.name}`,
}));
