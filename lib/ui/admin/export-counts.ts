const COLLECTIONS = ["datasets", "protocols", "spaces", "labs"] as const;

/**
 * "14 datasets, 8 protocols, 7 spaces, 5 labs" from an export's counts, which are keyed by
 * snapshot file (`datasets.json`, …); "—" when the run recorded none.
 */
export function formatExportCounts(counts: Record<string, number> | null): string {
  if (!counts) return "—";
  const parts = COLLECTIONS.flatMap((name) => {
    const n = counts[`${name}.json`] ?? counts[name];
    return typeof n === "number" ? [`${n.toLocaleString("en-US")} ${name}`] : [];
  });
  return parts.length > 0 ? parts.join(", ") : "—";
}
