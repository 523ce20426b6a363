import "server-only";
import type { Db } from "@/db";
import { findUserByHandle } from "@/db/queries/users";
import { slugify } from "@/lib/domain/slug";

/** A free handle derived from a name: `ada-lovelace`, then `ada-lovelace-2`, … */
export async function uniqueHandle(db: Db, name: string): Promise<string> {
  const base = slugify(name).slice(0, 40).replace(/-+$/, "");
  for (let i = 1; i < 1000; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    if (!(await findUserByHandle(db, candidate))) return candidate;
  }
  throw new Error("no free handle");
}
