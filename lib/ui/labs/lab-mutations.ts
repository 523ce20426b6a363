"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { LabDto, LabMemberDto } from "@/lib/domain/api-types";
import { apiSend, seg } from "../api/client";
import { queryKeys } from "../api/query-keys";
import type { LabInput } from "./lab-form-rules";
import type { LabRole } from "./member-rules";

/** Lists and `/api/me` (the caller's labs and roles) change whenever a lab or a membership does. */
function invalidateLabLists(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ["labs", "list"] });
  void queryClient.invalidateQueries({ queryKey: queryKeys.me });
}

/** `POST /api/labs`: the caller becomes the new lab's owner; resolves to its LabDto. */
export function useCreateLab() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LabInput) => apiSend<LabDto>("POST", "/api/labs", input),
    onSuccess: (lab) => {
      queryClient.setQueryData(queryKeys.labs.detail(lab.slug), lab);
      invalidateLabLists(queryClient);
    },
  });
}

/** `POST /api/labs/:slug/members`: adds a user by email, or changes an existing member's role. */
export function useSetLabMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: LabRole }) => apiSend<LabMemberDto>("POST", `/api/labs/${seg(slug)}/members`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.labs.detail(slug) });
      invalidateLabLists(queryClient);
    },
  });
}

/** `PATCH /api/labs/:slug/members/:userId`: changes a listed member's role. */
export function useChangeLabMemberRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: LabRole }) => apiSend<LabMemberDto>("PATCH", `/api/labs/${seg(slug)}/members/${seg(userId)}`, { role }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.labs.detail(slug) });
      invalidateLabLists(queryClient);
    },
  });
}

/**
 * `DELETE /api/labs/:slug/members/:userId`. When the caller leaves (`leaving`), the detail is only
 * marked stale: refetching it now would 404 for a private lab while the page navigates away.
 */
export function useRemoveLabMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; leaving: boolean }) => apiSend<null>("DELETE", `/api/labs/${seg(slug)}/members/${seg(userId)}`),
    onSuccess: (_body, { leaving }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.labs.detail(slug), refetchType: leaving ? "none" : "active" });
      invalidateLabLists(queryClient);
    },
  });
}
