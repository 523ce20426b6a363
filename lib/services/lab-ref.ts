import { canSeeLab, type Memberships, type Visibility } from "@/lib/domain/access";
import type { LabRef } from "@/lib/domain/api-types";

type JoinedLab = { id: string | null; slug: string | null; name: string | null; visibility: Visibility | null } | null;

/**
 * A left-joined lab as a LabRef, or null when the object has no lab — or when it is a private lab
 * the viewer is not a member of: a public dataset in a private lab must not name the lab.
 */
export function labRef(lab: JoinedLab, memberships: Memberships): LabRef | null {
  if (!lab || !lab.id || !lab.slug || !lab.name || !lab.visibility) return null;
  return canSeeLab({ id: lab.id, visibility: lab.visibility }, memberships) ? { id: lab.id, slug: lab.slug, name: lab.name } : null;
}
