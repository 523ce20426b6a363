import { AppError } from "@/lib/errors/app-error";
import type { ListQuery } from "./list-params";

/** Rejects list filters that a collection does not have, rather than silently ignoring them. */
export function rejectFilters(q: ListQuery, names: ReadonlyArray<"format" | "tag">, collection: string): void {
  const given = names.filter((n) => q[n] !== undefined && q[n] !== "");
  if (!given.length) return;
  throw new AppError("bad_request", `${collection} cannot be filtered by ${given.join(", ")}`, {
    errors: given.map((n) => ({ pointer: `/${n}`, detail: `not a filter of ${collection}` })),
  });
}
