"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend, seg } from "./client";
import { queryKeys } from "./query-keys";

/** Collections that share publish/star/delete endpoints under `/api/<collection>/:slug`. */
export type Collection = "datasets" | "protocols";

interface Starrable {
  starCount: number;
  starredByMe: boolean;
}

function detailKey(collection: Collection, slug: string) {
  return collection === "datasets" ? queryKeys.datasets.detail(slug) : queryKeys.protocols.detail(slug);
}

function isStarResult(value: unknown): value is { starred: boolean; starCount: number } {
  return typeof value === "object" && value !== null && typeof (value as { starred?: unknown }).starred === "boolean" && typeof (value as { starCount?: unknown }).starCount === "number";
}

function hasSlug(value: unknown): value is { slug: string } {
  return typeof value === "object" && value !== null && typeof (value as { slug?: unknown }).slug === "string";
}

/** Star (`PUT`) or unstar (`DELETE`) `/api/<collection>/:slug/star`, updating the detail optimistically. */
export function useStarToggle(collection: Collection, slug: string) {
  const queryClient = useQueryClient();
  const key = detailKey(collection, slug);
  return useMutation({
    mutationFn: (star: boolean) => apiSend<unknown>(star ? "PUT" : "DELETE", `/api/${collection}/${seg(slug)}/star`),
    onMutate: async (star) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Starrable>(key);
      if (previous && previous.starredByMe !== star) {
        queryClient.setQueryData<Starrable>(key, {
          ...previous,
          starredByMe: star,
          starCount: Math.max(0, previous.starCount + (star ? 1 : -1)),
        });
      }
      return { previous };
    },
    onError: (_error, _star, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (body) => {
      // The API answers `{ starred, starCount }`: take the server's count over the optimistic one.
      if (isStarResult(body)) {
        queryClient.setQueryData<Starrable>(key, (old) => (old ? { ...old, starredByMe: body.starred, starCount: body.starCount } : old));
      }
    },
    // Lists show star counts too; the detail is already exact.
    onSettled: () => queryClient.invalidateQueries({ queryKey: [collection, "list"] }),
  });
}

/** Publish (`POST`) or unpublish (`DELETE`) `/api/<collection>/:slug/publish`. */
export function usePublishToggle(collection: Collection, slug: string) {
  const queryClient = useQueryClient();
  const key = detailKey(collection, slug);
  return useMutation({
    mutationFn: (publish: boolean) => apiSend<unknown>(publish ? "POST" : "DELETE", `/api/${collection}/${seg(slug)}/publish`),
    onSuccess: (body) => {
      // The endpoint may answer with the updated DTO; if not, the invalidation below refetches it.
      if (hasSlug(body) && body.slug === slug && queryClient.getQueryData(key)) {
        queryClient.setQueryData(key, (old: object | undefined) => (old ? { ...old, ...body } : old));
      }
      void queryClient.invalidateQueries({ queryKey: key });
      return queryClient.invalidateQueries({ queryKey: [collection, "list"] });
    },
  });
}

/**
 * `DELETE /api/<collection>/:slug`; refreshes lists. The cached detail is only marked stale:
 * removing it while the detail page is still mounted would refetch it and flash a 404 before the
 * caller navigates away (use `mutateAsync().then(navigate)`, which resolves even after unmount).
 */
export function useDeleteResource(collection: Collection, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<unknown>("DELETE", `/api/${collection}/${seg(slug)}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: detailKey(collection, slug), refetchType: "none" });
      return queryClient.invalidateQueries({ queryKey: [collection, "list"] });
    },
  });
}
