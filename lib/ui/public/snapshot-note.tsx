import { formatUtcDateTime } from "./format";

/** "Snapshot of <date>": every public page says how fresh its data is. */
export function SnapshotNote({ generatedAt }: { generatedAt: string }) {
  return (
    <p className="snapshot-note small muted">
      Snapshot of <time dateTime={generatedAt}>{formatUtcDateTime(generatedAt)}</time>
    </p>
  );
}
