"use client";

import { useState } from "react";

/**
 * A destructive button that asks inline before acting (no `window.confirm`, which headless
 * browsers dismiss and screen readers announce poorly).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
  className = "btn btn-danger",
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)} disabled={pending}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
        disabled={pending}
        autoFocus
      >
        {pending ? "Working…" : confirmLabel}
      </button>
      <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)} disabled={pending}>
        Cancel
      </button>
    </span>
  );
}
