"use client";

import Link from "next/link";

/** Fallback for a render crash inside /app: keeps the shell usable and offers a retry. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">This page failed to render</p>
      <p>{error.digest ? `Reference ${error.digest}. ` : null}Try again; if it keeps failing, go back to the dashboard.</p>
      <div className="row">
        <button type="button" className="btn" onClick={reset}>
          Retry
        </button>
        <Link className="btn btn-ghost" href="/app">
          Dashboard
        </Link>
      </div>
    </div>
  );
}
