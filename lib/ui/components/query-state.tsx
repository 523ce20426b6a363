"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isApiError, isUnavailableError } from "../api/client";

/** A polite spinner line for pending queries. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** Shown while react-query keeps retrying an unreachable backend. */
export function UnavailableState({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="state state-unavailable" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>Backend unavailable — retrying</span>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Retry now
        </button>
      ) : null}
    </div>
  );
}

/** Text of any error suitable for the user: the problem's `detail`, else the message. */
export function errorDetail(error: unknown): string {
  if (isApiError(error)) return error.detail;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong.";
}

/** A failed query or action: the problem's detail and a Retry button. */
export function ErrorState({ error, onRetry, title, backHref, backLabel }: { error: unknown; onRetry?: () => void; title?: string; backHref?: string; backLabel?: string }) {
  const pathname = usePathname() ?? "/app";
  if (isUnavailableError(error)) return <UnavailableState onRetry={onRetry} />;
  const status = isApiError(error) ? error.status : undefined;
  const heading = title ?? (isApiError(error) ? error.title : "Something went wrong");
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{heading}</p>
      <p>{errorDetail(error)}</p>
      <div className="row">
        {status === 401 ? (
          <Link className="btn" href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`}>
            Sign in again
          </Link>
        ) : null}
        {onRetry ? (
          <button type="button" className="btn" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {backHref ? (
          <Link className="btn btn-ghost" href={backHref}>
            {backLabel ?? "Back"}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

/** "Nothing here yet" with an optional call to action. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p>{children}</p>
      {action}
    </div>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  failureReason: unknown;
  isPending: boolean;
  isError: boolean;
  /** Infinite lists report a failed "Load more" themselves. */
  isFetchNextPageError?: boolean;
  refetch: () => unknown;
}

/**
 * Renders a query's loading / unavailable / error / empty / data states uniformly.
 * Data already on screen stays when a background refetch fails; a notice says so.
 */
export function QueryView<T>({
  query,
  loadingLabel,
  isEmpty,
  empty,
  backHref,
  backLabel,
  children,
}: {
  query: QueryLike<T>;
  loadingLabel?: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  backHref?: string;
  backLabel?: string;
  children: (data: T) => ReactNode;
}) {
  const retry = () => void query.refetch();
  if (query.isPending) {
    if (isUnavailableError(query.failureReason)) return <UnavailableState onRetry={retry} />;
    return <LoadingState label={loadingLabel} />;
  }
  if (query.data === undefined) {
    return <ErrorState error={query.error} onRetry={retry} backHref={backHref} backLabel={backLabel} />;
  }
  const data = query.data;
  return (
    <>
      {query.isError && !query.isFetchNextPageError ? (
        <p className="notice notice-warn" role="status">
          Showing saved data: {errorDetail(query.error)}{" "}
          <button type="button" className="btn-link" onClick={retry}>
            Retry
          </button>
        </p>
      ) : null}
      {isEmpty?.(data) && empty !== undefined ? empty : children(data)}
    </>
  );
}
