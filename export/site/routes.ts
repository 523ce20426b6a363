/**
 * Which same-origin paths belong in the CDN bundle. Paths are raw (percent-encoded) URL pathnames:
 * a category value with a slash is one `%2F`-encoded segment.
 */

/** Public pages rendered from the snapshot (HTML), written as `<path>/index.html`. */
const PAGE_PATTERNS: readonly RegExp[] = [/^\/$/, /^\/explore$/, /^\/trending$/, /^\/explore\/(?:format|organism|tag)\/[^/]+$/, /^\/(?:datasets|protocols|labs|spaces)\/[^/]+$/];

/** Public documents that are files on a static host. */
export const DOCUMENT_PATHS: readonly string[] = ["/robots.txt", "/sitemap.xml", "/feed.xml"];

/** Child sitemaps of the sitemap index (past 50,000 URLs), named by `/sitemap.xml`. */
const SITEMAP_PART = /^\/sitemaps\/[1-9]\d*\.xml$/;

/** Where the crawl starts. */
export const SEED_PATHS: readonly string[] = ["/", "/explore", "/trending", ...DOCUMENT_PATHS];

/**
 * - `page`: a public page or document, fetched and crawled for links;
 * - `asset`: a static file a page references (scripts, styles, fonts, icons);
 * - `app`: a path served only by the running app (sign-in, the signed-in area, the API): not bundled.
 */
export type PathKind = "page" | "asset" | "app";

export function classifyPath(pathname: string): PathKind {
  if (DOCUMENT_PATHS.includes(pathname) || SITEMAP_PART.test(pathname) || PAGE_PATTERNS.some((re) => re.test(pathname))) return "page";
  if (pathname.startsWith("/_next/static/")) return "asset";
  if (pathname.startsWith("/_next/") || pathname.startsWith("/api/")) return "app";
  // A file name with an extension at the top level or under a public/ folder: favicon, images, wasm.
  return /\/[^/]+\.[A-Za-z0-9]{1,8}$/.test(pathname) ? "asset" : "app";
}
