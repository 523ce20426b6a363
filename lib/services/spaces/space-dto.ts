import type { SpaceListRow } from "@/db/queries/spaces";
import { type Memberships, type OwnedObject, type Principal, canRead } from "@/lib/domain/access";
import type { SpaceDto, SpaceListItem } from "@/lib/domain/api-types";
import { labRef } from "../lab-ref";

/** The access facts of a space row; spaces have no publish state. */
export function ownedSpace(row: SpaceListRow): OwnedObject {
  const s = row.space;
  return { ownerId: s.ownerId, labId: s.labId, visibility: s.visibility, publishedAt: "always" };
}

/** The linked dataset as a ref, only if this viewer may read it (a public space must not leak a private dataset's title). */
function datasetRef(row: SpaceListRow, principal: Principal, memberships: Memberships): SpaceDto["dataset"] {
  const d = row.dataset;
  if (!d || !d.id || !d.slug || !d.title || !d.ownerId || !d.visibility) return null;
  const owned: OwnedObject = { ownerId: d.ownerId, labId: d.labId, visibility: d.visibility, publishedAt: d.publishedAt };
  return canRead(principal, owned, memberships) ? { id: d.id, slug: d.slug, title: d.title } : null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A list row: the space without settings and view state. */
export function toSpaceListItem(row: SpaceListRow, principal: Principal, memberships: Memberships): SpaceListItem {
  const s = row.space;
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    description: s.description,
    visibility: s.visibility,
    dataset: datasetRef(row, principal, memberships),
    lab: labRef(row.lab, memberships),
    owner: row.owner,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    starCount: Number(row.starCount),
  };
}

/** The full space with settings and view state. */
export function toSpaceDto(row: SpaceListRow, principal: Principal, memberships: Memberships, extra: { starredByMe: boolean; canEdit: boolean; canManage: boolean }): SpaceDto {
  return { ...toSpaceListItem(row, principal, memberships), ...extra, settings: asRecord(row.space.settings), viewState: asRecord(row.space.viewState) };
}
