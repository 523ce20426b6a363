"use client";

import { errorDetail } from "./query-state";
import { isUnavailableError } from "../api/client";

/** The "Load more" footer of a cursor list; shows a fetch error inline with a Retry. */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  error,
  shown,
  noun = "items",
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  error?: unknown;
  shown: number;
  noun?: string;
}) {
  const failed = Boolean(error) && !isFetchingNextPage;
  return (
    <div className="load-more">
      <span className="muted">
        Showing {shown} {noun}
      </span>
      {failed && hasNextPage ? (
        <span className="error-text" role="alert">
          {isUnavailableError(error) ? "Backend unavailable." : errorDetail(error)}
        </span>
      ) : null}
      {hasNextPage ? (
        <button type="button" className="btn" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? "Loading…" : failed ? "Retry" : "Load more"}
        </button>
      ) : null}
    </div>
  );
}
