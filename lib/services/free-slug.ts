import { slugCandidates, slugify } from "@/lib/domain/slug";

/**
 * The slug for a new object: the caller's explicit one as given (a taken one is the caller's 409),
 * else one derived from its title or name and made unique with `-2`, `-3`… (docs/API.md).
 */
export async function slugForNew(explicit: string | undefined, title: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (explicit) return explicit;
  const base = slugify(title);
  for (const candidate of slugCandidates(base, 50)) if (!(await taken(candidate))) return candidate;
  return base; // all taken: the caller reports the conflict
}
