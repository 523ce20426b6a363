/** Who is asking: anonymous, or a signed-in user with a role and lab memberships. */
export type Principal =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; role: "researcher" | "admin"; via: "session" | "api_key"; scopes: readonly string[]; apiKeyId?: string };

export type Visibility = "public" | "private";

/** The ownership facts of a dataset, protocol or space needed to decide access. */
export interface OwnedObject {
  ownerId: string;
  labId: string | null;
  visibility: Visibility;
  /** Datasets and protocols have a publish state; spaces are always "published". */
  publishedAt: Date | null | "always";
}

/** Membership facts for one principal: lab id → role. */
export type Memberships = ReadonlyMap<string, "owner" | "member">;

/** The object's owner or a member of its lab. */
export function isTeam(p: Principal, obj: OwnedObject, labs: Memberships): boolean {
  if (p.kind !== "user") return false;
  if (obj.ownerId === p.userId) return true;
  return obj.labId !== null && labs.has(obj.labId);
}

/** Anyone may read public published objects; owners and lab members may read everything of theirs. */
export function canRead(p: Principal, obj: OwnedObject, labs: Memberships): boolean {
  const published = obj.publishedAt === "always" || obj.publishedAt !== null;
  if (obj.visibility === "public" && published) return true;
  return isTeam(p, obj, labs);
}

/** Edits need ownership or lab membership, and a write-scoped credential. Admins are not editors of others' work. */
export function canWrite(p: Principal, obj: OwnedObject, labs: Memberships): boolean {
  if (p.kind !== "user" || !p.scopes.includes("write")) return false;
  return isTeam(p, obj, labs);
}

/**
 * Managing — deleting, publishing or unpublishing, changing visibility, moving to another lab — is
 * for the owner or an owner of the object's lab. Plain lab members edit content only.
 */
export function canManage(p: Principal, obj: OwnedObject, labs: Memberships): boolean {
  if (p.kind !== "user" || !p.scopes.includes("write")) return false;
  if (obj.ownerId === p.userId) return true;
  return obj.labId !== null && labs.get(obj.labId) === "owner";
}

/** Public labs are seen by everyone; a private lab (its name and slug too) only by its members. */
export function canSeeLab(lab: { id: string; visibility: Visibility }, labs: Memberships): boolean {
  return lab.visibility === "public" || labs.has(lab.id);
}

/** Whether a patch changes who can see or who controls an object (so it needs `canManage`). */
export function patchNeedsManage(patch: { labSlug?: unknown; visibility?: unknown }): boolean {
  return patch.labSlug !== undefined || patch.visibility !== undefined;
}
