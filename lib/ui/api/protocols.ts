"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page, ProtocolDto, ProtocolListItem } from "@/lib/domain/api-types";
import type { Visibility } from "@/lib/domain/access";
import { apiGet, apiSend, seg } from "./client";
import { fetchPage, useCursorList } from "./lists";
import { queryKeys } from "./query-keys";

export const PROTOCOL_PAGE_SIZE = 25;

/** A paginated protocol list; `mine` limits it to the caller's own and lab protocols. */
export function useProtocolList(params: { mine?: boolean; q?: string; limit?: number }) {
  const clean = { mine: params.mine || undefined, q: params.q || undefined, limit: params.limit ?? PROTOCOL_PAGE_SIZE };
  return useCursorList<ProtocolListItem>(queryKeys.protocols.list(clean), "/api/protocols", clean);
}

/** The first page only, for the dashboard. */
export function useProtocolPage(params: { mine?: boolean; limit: number }) {
  const clean = { mine: params.mine || undefined, limit: params.limit };
  return useQuery({
    queryKey: queryKeys.protocols.list({ ...clean, page: "first" }),
    queryFn: ({ signal }): Promise<Page<ProtocolListItem>> => fetchPage<ProtocolListItem>("/api/protocols", clean, null, signal),
  });
}

/** One protocol with its ordered steps. */
export function useProtocol(slug: string) {
  return useQuery({
    queryKey: queryKeys.protocols.detail(slug),
    queryFn: ({ signal }) => apiGet<ProtocolDto>(`/api/protocols/${seg(slug)}`, signal),
  });
}

/** The body of `POST /api/protocols` and `PATCH /api/protocols/:slug`; steps replace the whole list. */
export interface ProtocolInput {
  title: string;
  slug?: string;
  description: string;
  labSlug: string | null;
  visibility: Visibility;
  tags: string[];
  steps: Array<{ title: string; body: string; durationMinutes: number | null }>;
}

/** Creates (no `slug`) or updates (`slug` given) a protocol; resolves to the saved ProtocolDto. */
export function useSaveProtocol(existingSlug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProtocolInput) =>
      existingSlug === undefined
        ? apiSend<ProtocolDto>("POST", "/api/protocols", input)
        : apiSend<ProtocolDto>("PATCH", `/api/protocols/${seg(existingSlug)}`, input),
    onSuccess: (protocol) => {
      if (existingSlug !== undefined && protocol?.slug !== existingSlug) {
        queryClient.removeQueries({ queryKey: queryKeys.protocols.detail(existingSlug) });
      }
      if (protocol?.slug) queryClient.setQueryData(queryKeys.protocols.detail(protocol.slug), protocol);
      return queryClient.invalidateQueries({ queryKey: ["protocols", "list"] });
    },
  });
}
