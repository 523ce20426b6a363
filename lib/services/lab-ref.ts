import type { LabRef } from "@/lib/domain/api-types";

/** A left-joined lab as a LabRef, or null when the object has no lab. */
export function labRef(lab: { id: string | null; slug: string | null; name: string | null } | null): LabRef | null {
  return lab && lab.id && lab.slug && lab.name ? { id: lab.id, slug: lab.slug, name: lab.name } : null;
}
