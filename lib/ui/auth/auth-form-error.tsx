"use client";

import { useEffect, useRef } from "react";

/**
 * Error boundary for the sign-in and sign-up forms. When the edge refuses a form post (too many
 * attempts, or the firewall), its plain-text answer — what happened and the request id — arrives
 * as the error's message; show it, and let the researcher try the form again.
 */
export function AuthFormError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const fromEdge = /\(request id [A-Za-z0-9._-]+\)$/.test(error.message);
  return (
    <main id="main" className="container container-narrow">
      <div className="state state-error" role="alert">
        <p className="state-title" tabIndex={-1} ref={heading}>
          The form could not be sent
        </p>
        <p>{fromEdge ? error.message : `The server did not answer as expected${error.digest ? ` (reference ${error.digest})` : ""}.`}</p>
        <button type="button" className="btn" onClick={reset}>
          Back to the form
        </button>
      </div>
    </main>
  );
}
