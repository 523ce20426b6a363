import type { LabRow } from "@/db/queries/labs";
import type { LabDto, LabMemberDto } from "@/lib/domain/api-types";

/** A lab row with its counts, as the list and detail queries return it. */
export interface LabWithCounts {
  lab: LabRow;
  memberCount: number;
  datasetCount: number;
}

/** A member row on the wire. */
export function toLabMemberDto(m: { user: LabMemberDto["user"]; role: "owner" | "member"; joinedAt: Date }): LabMemberDto {
  return { user: m.user, role: m.role, joinedAt: m.joinedAt.toISOString() };
}

/** A lab on the wire; `members` is null unless the caller is a member. */
export function toLabDto(row: LabWithCounts, myRole: "owner" | "member" | null, members: LabMemberDto[] | null): LabDto {
  const l = row.lab;
  return {
    id: l.id,
    slug: l.slug,
    name: l.name,
    description: l.description,
    institution: l.institution,
    visibility: l.visibility,
    createdAt: l.createdAt.toISOString(),
    memberCount: Number(row.memberCount),
    datasetCount: Number(row.datasetCount),
    myRole,
    members,
  };
}
