import type { ProtocolListRow, ProtocolStepRow } from "@/db/queries/protocols";
import type { Memberships, OwnedObject } from "@/lib/domain/access";
import type { ProtocolDto, ProtocolListItem, ProtocolStepDto } from "@/lib/domain/api-types";
import { labRef } from "../lab-ref";

/** The access facts of a protocol row. */
export function ownedProtocol(row: ProtocolListRow): OwnedObject {
  const p = row.protocol;
  return { ownerId: p.ownerId, labId: p.labId, visibility: p.visibility, publishedAt: p.publishedAt };
}

/** A list row: the protocol without steps. */
export function toProtocolListItem(row: ProtocolListRow, memberships: Memberships): ProtocolListItem {
  const p = row.protocol;
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    description: p.description,
    visibility: p.visibility,
    tags: p.tags,
    lab: labRef(row.lab, memberships),
    owner: row.owner,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    publishedAt: p.publishedAt?.toISOString() ?? null,
    starCount: Number(row.starCount),
    stepCount: Number(row.stepCount),
  };
}

/** One step on the wire. */
export function toStepDto(s: ProtocolStepRow): ProtocolStepDto {
  return { id: s.id, position: s.position, title: s.title, body: s.body, durationMinutes: s.durationMinutes };
}

/** The full protocol with its ordered steps. */
export function toProtocolDto(row: ProtocolListRow, steps: ProtocolStepRow[], memberships: Memberships, extra: { starredByMe: boolean; canEdit: boolean; canManage: boolean }): ProtocolDto {
  const { stepCount: _sc, ...item } = toProtocolListItem(row, memberships);
  return { ...item, ...extra, steps: steps.map(toStepDto) };
}
