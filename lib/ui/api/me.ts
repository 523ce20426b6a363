"use client";

import { useQuery } from "@tanstack/react-query";
import type { MeDto } from "@/lib/domain/api-types";
import { apiGet } from "./client";
import { queryKeys } from "./query-keys";

/** The signed-in user with lab memberships (`GET /api/me`). */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => apiGet<MeDto>("/api/me", signal),
    staleTime: 60_000,
    enabled: options.enabled,
  });
}
