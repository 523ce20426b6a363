import "server-only";

/**
 * The public origin used in absolute links (sitemap, feed, Open Graph). `CYANEA_PUBLIC_URL` wins
 * (set it behind a CDN: a Host header must not decide what a cached page links to); otherwise the
 * request's own host, which is right for a single app server.
 */
export function siteOrigin(headers: Headers): string {
  const configured = process.env.CYANEA_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  // Host header values are attacker-controlled: keep only characters a host:port can contain.
  const safeHost = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}

/**
 * The public origin for pages that are rendered once and cached (no request in sight):
 * `CYANEA_PUBLIC_URL`, else `http://localhost:$PORT`. The page cache keeps entries per this
 * origin (lib/page-cache/page-cache-handler.mjs `publicOriginFromEnv`, the same rule), so an app
 * started with another public URL on the same data dir renders its own copies.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.CYANEA_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT || "3000"}`;
}

/** Escapes the five XML special characters for text and attribute values. */
export function xmlEscape(text: string): string {
  // Control characters other than tab/newline/CR are not allowed in XML 1.0 at all: drop them.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] as string);
}

/** CDN caching for public responses: fresh 5 min at the edge, then served stale while revalidating for a day. */
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=300, stale-while-revalidate=86400";
