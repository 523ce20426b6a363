/** Links in fetched HTML and sitemap XML. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", "#x2F": "/" };

/** Decodes the character references React and XML writers emit in attribute and text values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name in ENTITIES) return ENTITIES[name] as string;
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return whole;
  });
}

/**
 * Every URL in `href`, `src`, `srcset` and `content` (Open Graph) attributes of an HTML document,
 * entity-decoded, in document order. Inline script bodies (the RSC payload) are not scanned.
 */
export function extractHtmlLinks(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
  const out: string[] = [];
  const attr = /\s(href|src|srcset|content)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
  for (const m of markup.matchAll(attr)) {
    const name = (m[1] ?? "").toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? "").trim();
    if (!value) continue;
    if (name === "srcset") {
      for (const candidate of value.split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push(url);
      }
    } else if (name !== "content" || /^(?:https?:)?\/\//.test(value) || value.startsWith("/")) {
      out.push(value);
    }
  }
  return out;
}

/** The `<loc>` URLs of a sitemap, entity-decoded. */
export function extractSitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ""));
}

/**
 * The path of `ref` resolved against `base` when it points to one of `origins` (the crawled app and
 * the public URL the pages link to); null for other origins and non-HTTP schemes. Query and
 * fragment are dropped: a static host serves a file per path.
 */
export function sameOriginPath(ref: string, base: string, origins: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!origins.includes(url.origin)) return null;
  return url.pathname;
}
