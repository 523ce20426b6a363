"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { isApiError } from "./api/client";

/** Longest pause between retries while the backend is unavailable. */
const MAX_RETRY_DELAY_MS = 15_000;

/**
 * Retry policy: an unreachable backend (network error, 502/503/504) is retried until it comes
 * back, so pages show "Backend unavailable — retrying" instead of failing; other 5xx twice;
 * 4xx never (the request itself is wrong, retrying cannot help).
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return failureCount < 2;
  if (error.isUnavailable) return true;
  if (error.status >= 500) return failureCount < 2;
  return false;
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, MAX_RETRY_DELAY_MS),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One client per server render (no cross-request leaks), one for the life of the browser tab. */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** Client-side providers for the whole app: react-query. */
export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
