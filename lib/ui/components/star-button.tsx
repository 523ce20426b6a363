"use client";

/** A toggle button for starring, with the count; `aria-pressed` carries the state. */
export function StarButton({ starred, count, pending, onToggle }: { starred: boolean; count: number; pending: boolean; onToggle: (next: boolean) => void }) {
  return (
    <button type="button" className="btn" aria-pressed={starred} disabled={pending} onClick={() => onToggle(!starred)} title={starred ? "Remove your star" : "Star this"}>
      <span aria-hidden="true">{starred ? "★" : "☆"}</span> {starred ? "Starred" : "Star"}
      <span className="badge badge-private">{count}</span>
    </button>
  );
}
