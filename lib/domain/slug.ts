/** Slugs: lowercase ASCII letters, digits and single hyphens, 3–80 characters, no leading/trailing hyphen. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$/;

/** Path words of the app's own routes (`/app/datasets/new`, `…/edit`): never usable as slugs. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["new", "edit", "api", "admin", "app", "settings"]);

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);
}

/** Derives a slug from a title: strips accents and punctuation, collapses separators, clamps length. */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 72)
    .replace(/-+$/g, "");
  if (base.length >= 3 && !RESERVED_SLUGS.has(base)) return base;
  // Titles with no Latin letters or digits (e.g. CJK) or reserved words get a stable short hash.
  return `${base || "item"}-${fnv1a(title).toString(36).padStart(7, "0")}`;
}

/** Slug candidates for a derived slug: `base`, `base-2`, `base-3`, … (kept within 80 characters). */
export function slugCandidates(base: string, count: number): string[] {
  const out = [base];
  for (let i = 2; i <= count; i++) out.push(`${base.slice(0, 80 - String(i).length - 1)}-${i}`);
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
