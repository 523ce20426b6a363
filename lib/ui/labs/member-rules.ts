import type { LabMemberDto } from "@/lib/domain/api-types";

export type LabRole = LabMemberDto["role"];

/** Roles an owner may give, with what each allows (lab rules live in lib/services/labs). */
export const LAB_ROLES: ReadonlyArray<{ value: LabRole; label: string; help: string }> = [
  { value: "member", label: "Member", help: "reads and edits the lab's datasets, protocols and spaces" },
  { value: "owner", label: "Owner", help: "also adds and removes members and changes roles" },
];

/** A cheap shape check before sending (one "@", no spaces); the API's email validation decides. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text.trim());
}

/** Display name of a member: the name, else the handle. */
export function memberName(member: Pick<LabMemberDto, "user">): string {
  return member.user.name.trim() || `@${member.user.handle}`;
}

/** Owners first, then by name (case-insensitive), then by handle, so the list does not jump on refetch. */
export function sortMembers(members: readonly LabMemberDto[]): LabMemberDto[] {
  const rank = (m: LabMemberDto) => (m.role === "owner" ? 0 : 1);
  return [...members].sort(
    (a, b) => rank(a) - rank(b) || memberName(a).localeCompare(memberName(b), "en", { sensitivity: "base" }) || a.user.handle.localeCompare(b.user.handle),
  );
}

/**
 * What `POST /api/labs/:slug/members` did, judged from the member list before the call: the
 * endpoint adds a new member (201) or changes an existing member's role (200).
 */
export function memberChange(before: readonly LabMemberDto[] | null, saved: LabMemberDto): "added" | "role_changed" | "unchanged" {
  const previous = before?.find((m) => m.user.id === saved.user.id);
  if (!previous) return "added";
  return previous.role === saved.role ? "unchanged" : "role_changed";
}

/** The confirmation line shown after adding a member or changing a role. */
export function memberChangeMessage(change: ReturnType<typeof memberChange>, saved: LabMemberDto): string {
  const name = memberName(saved);
  if (change === "added") return `Added ${name} as ${saved.role === "owner" ? "an owner" : "a member"}.`;
  if (change === "role_changed") return `${name} is now ${saved.role === "owner" ? "an owner" : "a member"}.`;
  return `${name} is already ${saved.role === "owner" ? "an owner" : "a member"}.`;
}
