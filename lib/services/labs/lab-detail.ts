import type { Db } from "@/db";
import { labWithCounts, membersOf } from "@/db/queries/labs";
import type { LabDto } from "@/lib/domain/api-types";
import { notFound } from "@/lib/errors/app-error";
import { toLabDto, toLabMemberDto } from "./lab-dto";

/** The lab's detail for a caller with `myRole` (already authorized): members are listed only for members. */
export async function labDetail(db: Db, labId: string, myRole: "owner" | "member" | null): Promise<LabDto> {
  const row = await labWithCounts(db, labId);
  if (!row) throw notFound("Lab");
  const members = myRole ? (await membersOf(db, labId)).map(toLabMemberDto) : null;
  return toLabDto(row, myRole, members);
}
