/**
 * URL path → file in the bundle, the way static servers map them back: python's http.server and
 * nginx percent-decode the path, split it on `/`, and serve `index.html` for a directory.
 */

/**
 * The bundle-relative file for a path (`/` → `index.html`, `/datasets/x` → `datasets/x/index.html`
 * for HTML; `/feed.xml` → `feed.xml` otherwise), or null when the decoded path cannot be a file
 * (`.`/`..` or empty segments, NUL, malformed percent-encoding).
 */
export function fileForPath(pathname: string, html: boolean): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\")) return null;
  if (decoded === "/") return html ? "index.html" : null;
  const segments = decoded.slice(1).split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return null;
  return html ? [...segments, "index.html"].join("/") : segments.join("/");
}
