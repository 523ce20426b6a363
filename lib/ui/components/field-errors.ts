import { isApiError } from "../api/client";

/** Field errors of a failed request, keyed by JSON pointer (RFC 6901) with its leading slash. */
export type FieldErrors = Record<string, string>;

/**
 * Maps `errors[]` of a problem to `{ "/title": "…" }`; several errors on one pointer are joined.
 * Pointers stay escaped as sent (RFC 6901 `~0`/`~1`); the form's own pointers need no escaping.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!isApiError(error)) return out;
  for (const { pointer, detail } of error.errors) {
    const key = pointer;
    out[key] = out[key] ? `${out[key]} ${detail}` : detail;
  }
  return out;
}

/**
 * The error for a field: the exact pointer or any pointer beneath it (`/tags` matches `/tags/2`).
 * `aliases` lets one control own several pointers (the file input owns `/file` and `/files`).
 */
export function errorFor(errors: FieldErrors, pointer: string, ...aliases: string[]): string | undefined {
  const found: string[] = [];
  for (const p of [pointer, ...aliases]) {
    for (const [key, detail] of Object.entries(errors)) {
      if (key === p || key.startsWith(`${p}/`)) found.push(detail);
    }
  }
  return found.length > 0 ? found.join(" ") : undefined;
}

/** Errors whose pointer no control claims: shown in the form's summary so none get lost. */
export function unclaimedErrors(errors: FieldErrors, claimed: readonly string[]): Array<[string, string]> {
  return Object.entries(errors).filter(([key]) => !claimed.some((p) => key === p || key.startsWith(`${p}/`)));
}
