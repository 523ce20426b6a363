import type { z } from "zod";
import { decodeCursor, type Cursor } from "@/db/queries/visibility";
import { listQuerySchema } from "@/lib/domain/schemas";
import { AppError } from "@/lib/errors/app-error";
import { validate } from "@/lib/http/json-body";

export type ListQuery = z.infer<typeof listQuerySchema> & { cursorValue: Cursor | null; onlyMine: boolean };

/** Parses and validates list query parameters (`limit`, `cursor`, filters). */
export function parseListQuery(url: URL): ListQuery {
  const raw = Object.fromEntries(url.searchParams.entries());
  const q = validate(listQuerySchema, raw);
  const cursorValue = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !cursorValue) throw new AppError("bad_request", "cursor is malformed; pass back the nextCursor of a previous page", { errors: [{ pointer: "/cursor", detail: "malformed cursor" }] });
  return { ...q, cursorValue, onlyMine: q.mine === "1" || q.mine === "true" };
}
