"use client";

import { useQuery } from "@tanstack/react-query";
import type { LabDto } from "@/lib/domain/api-types";
import { apiGet, seg } from "./client";
import { useCursorList } from "./lists";
import { queryKeys } from "./query-keys";

/** All labs visible to the caller (`GET /api/labs`, paginated). */
export function useLabList() {
  const params = { limit: 50 };
  return useCursorList<LabDto>(queryKeys.labs.list(params), "/api/labs", params);
}

/** One lab; `members` is filled only for members. */
export function useLab(slug: string) {
  return useQuery({
    queryKey: queryKeys.labs.detail(slug),
    queryFn: ({ signal }) => apiGet<LabDto>(`/api/labs/${seg(slug)}`, signal),
  });
}
