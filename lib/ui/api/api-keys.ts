"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKeyDto, CreatedApiKeyDto, Page } from "@/lib/domain/api-types";
import { apiGet, apiSend, seg } from "./client";
import { asPage } from "./lists";
import { queryKeys } from "./query-keys";

export const API_KEY_SCOPES = ["read", "write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** The caller's API keys, revoked ones included (`GET /api/keys`). */
export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys,
    queryFn: async ({ signal }) => asPage(await apiGet<ApiKeyDto[] | Page<ApiKeyDto>>("/api/keys", signal)).items,
  });
}

/** `POST /api/keys`; the secret in the result is shown once and never stored client-side. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: ApiKeyScope[] }) => apiSend<CreatedApiKeyDto>("POST", "/api/keys", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}

/** `DELETE /api/keys/:id`. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<unknown>("DELETE", `/api/keys/${seg(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}
