import type { ReactNode } from "react";

/** ids for a field's hint and error, to wire `aria-describedby`. */
export function describedBy(id: string, opts: { hint?: ReactNode; error?: string }): string | undefined {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Props for an input inside a Field: id, invalid state and description. */
export function inputA11y(id: string, opts: { hint?: ReactNode; error?: string }) {
  return { id, "aria-invalid": opts.error ? true : undefined, "aria-describedby": describedBy(id, opts) } as const;
}

/**
 * A labelled form field: label, control, hint and error. The control must use `inputA11y(id, …)`
 * so that the label, hint and error are announced with it.
 */
export function Field({ id, label, hint, error, optional, children }: { id: string; label: string; hint?: ReactNode; error?: string; optional?: boolean; children: ReactNode }) {
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
