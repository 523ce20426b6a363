import type { ReactNode } from "react";

/** Headline numbers of a summary as a grid of labelled values. */
export function StatGrid({ stats, label }: { stats: Array<{ label: string; value: ReactNode; hidden?: boolean }>; label: string }) {
  return (
    <dl className="stats" aria-label={label}>
      {stats
        .filter((s) => !s.hidden)
        .map((s) => (
          <div key={s.label} className="stat">
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
    </dl>
  );
}
