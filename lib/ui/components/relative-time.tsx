"use client";

import { formatFullDate, formatRelative } from "../format";

/** `<time>` showing a relative date, with the full date as a tooltip. */
export function RelativeTime({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso} title={formatFullDate(iso)}>
      {prefix ? `${prefix} ` : null}
      {formatRelative(iso)}
    </time>
  );
}
