"use client";

import { keepPreviousData, useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import type { Page } from "@/lib/domain/api-types";
import { apiGet, withQuery } from "./client";
import type { ListParams } from "./query-keys";

/** Accepts a cursor page or a bare array (some list endpoints may return one) as a page. */
export function asPage<T>(body: Page<T> | T[] | null | undefined): Page<T> {
  if (Array.isArray(body)) return { items: body, nextCursor: null };
  if (body && Array.isArray(body.items)) return { items: body.items, nextCursor: body.nextCursor ?? null };
  return { items: [], nextCursor: null };
}

/** GETs one page of a cursor list. */
export async function fetchPage<T>(path: string, params: ListParams, cursor: string | null, signal?: AbortSignal): Promise<Page<T>> {
  const body = await apiGet<Page<T> | T[]>(withQuery(path, { ...params, cursor }), signal);
  return asPage(body);
}

/**
 * A "Load more" list over `GET path?…&cursor=`: pages are fetched in order and flattened into `items`.
 */
export function useCursorList<T>(queryKey: QueryKey, path: string, params: ListParams, options: { enabled?: boolean } = {}) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage<T>(path, params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: options.enabled,
    // Changing a filter keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}
