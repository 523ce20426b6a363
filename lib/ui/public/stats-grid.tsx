import type { SnapshotStats } from "@/export/snapshot-schema";
import { formatBytes, formatCount } from "@/lib/ui/format";

/** Site-wide totals over public objects. */
export function StatsGrid({ stats }: { stats: SnapshotStats }) {
  const rows: Array<[string, string]> = [
    ["Datasets", formatCount(stats.datasets)],
    ["Protocols", formatCount(stats.protocols)],
    ["Spaces", formatCount(stats.spaces)],
    ["Labs", formatCount(stats.labs)],
    ["Contributors", formatCount(stats.contributors)],
    ["Files", formatCount(stats.files)],
    ["Data", formatBytes(stats.totalSizeBytes)],
    ["New in 30 days", formatCount(stats.datasetsPublishedLast30Days)],
  ];
  return (
    <dl className="stats">
      {rows.map(([label, value]) => (
        <div className="stat" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
