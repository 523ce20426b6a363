/**
 * Which objects the public site lists: the rule the snapshot exporter applies in SQL
 * (db/queries/export-snapshot.ts): datasets and protocols when public and published, spaces when
 * public. Pure, so services can tell when a change takes something off the public site.
 */
export type ListableKind = "dataset" | "protocol" | "space";

export interface Listable {
  visibility: "public" | "private";
  publishedAt?: Date | null;
}

export function listedPublicly(kind: ListableKind, o: Listable): boolean {
  if (o.visibility !== "public") return false;
  return kind === "space" || o.publishedAt != null;
}

/** True when an object the public site lists stops being listed (`after` null: deleted). */
export function withdrawnFromPublic(kind: ListableKind, before: Listable, after: Listable | null): boolean {
  return listedPublicly(kind, before) && (after === null || !listedPublicly(kind, after));
}
