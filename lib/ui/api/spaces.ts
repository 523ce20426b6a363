"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SpaceDto, SpaceListItem } from "@/lib/domain/api-types";
import type { Visibility } from "@/lib/domain/access";
import { apiGet, apiSend, seg } from "./client";
import { useCursorList } from "./lists";
import { queryKeys } from "./query-keys";

/** Spaces visible to the caller, paginated. */
export function useSpaceList(params: { mine?: boolean } = {}) {
  const clean = { mine: params.mine || undefined, limit: 25 };
  return useCursorList<SpaceListItem>(queryKeys.spaces.list(clean), "/api/spaces", clean);
}

/** One space with its settings and view state. */
export function useSpace(slug: string) {
  return useQuery({
    queryKey: queryKeys.spaces.detail(slug),
    queryFn: ({ signal }) => apiGet<SpaceDto>(`/api/spaces/${seg(slug)}`, signal),
  });
}

/** The body of `POST /api/spaces`. */
export interface SpaceInput {
  title: string;
  description: string;
  datasetSlug: string | null;
  visibility: Visibility;
}

/** Creates a space; resolves to the SpaceDto. */
export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SpaceInput) => apiSend<SpaceDto>("POST", "/api/spaces", input),
    onSuccess: (space) => {
      if (space?.slug) queryClient.setQueryData(queryKeys.spaces.detail(space.slug), space);
      return queryClient.invalidateQueries({ queryKey: ["spaces", "list"] });
    },
  });
}
