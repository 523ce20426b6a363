/**
 * Links from public pages into the app (`/signin`, `/signup`, `/app/…`, `/api/…`) in the CDN
 * bundle. A static host does not serve them, so each either points at the app's absolute
 * address (`CYANEA_APP_URL`) or, with no app address, is left out of the page.
 *
 * The bundle rewrites the HTML it writes rather than the pages rendering differently: the pages
 * come from the page cache shared with the running app (or from an app given with `--url`), and
 * the same page must keep its relative links when the app serves it.
 */
import { decodeEntities } from "./links";
import { classifyPath } from "./routes";

export interface AppLinkOptions {
  /** The URL the page was fetched from: relative references resolve against it. */
  base: string;
  /** Origins that are this site (the crawled app, the public URL): only their paths can be app links. */
  origins: readonly string[];
  /** The app's absolute address (`https://app.example.org`; see normalizeAppUrl), or null to leave app links out. */
  appUrl: string | null;
}

export interface AppLinkResult {
  html: string;
  /** Paths of the app links found (rewritten or removed), in document order, repeats included. */
  appPaths: string[];
}

/**
 * Raw-text elements and comments are passed over whole (an RSC payload in a script is not
 * markup); start tags are parsed with their quoted attribute values, so a `>` inside one cannot
 * end the tag early.
 */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const HREF = /(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
/** Elements removed with their content when their link goes (anchors do not nest: HTML §4.5.1). */
const CLOSING: Record<string, RegExp> = { a: /<\/a\s*>/gi };
/** Void elements that are removed alone. */
const VOID_LINKS = new Set(["link", "area"]);

/** Validates an app address: an absolute http(s) URL without query or fragment; returns it without a trailing slash. */
export function normalizeAppUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CYANEA_APP_URL must be an absolute http(s) URL such as https://app.example.org, got "${value}"`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash || url.username || url.password) {
    throw new Error(`CYANEA_APP_URL must be an http(s) address without query, fragment or credentials, got "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

function attrEscape(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** The URL an `href` names when it is one of the site's app paths, else null. */
function appTarget(ref: string, opts: AppLinkOptions): URL | null {
  // A fragment or the document's own path names this document (a skip link), wherever it was
  // fetched from: `404.html` comes from a path no route matches, which would count as the app's.
  if (ref.startsWith("#")) return null;
  let url: URL;
  try {
    url = new URL(ref, opts.base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!opts.origins.includes(url.origin)) return null;
  if (url.pathname === new URL(opts.base).pathname) return null;
  return classifyPath(url.pathname) === "app" ? url : null;
}

/** Points every `href` into the app at `appUrl`, or removes the link (an anchor with its text) when there is none. */
export function rewriteAppLinks(html: string, opts: AppLinkOptions): AppLinkResult {
  const appUrl = opts.appUrl?.replace(/\/+$/, "") || null;
  const appPaths: string[] = [];
  let out = "";
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const attrs = m[3] ?? "";
    const href = HREF.exec(attrs);
    if (!href) continue;
    const target = appTarget(decodeEntities(href[2] ?? href[3] ?? href[4] ?? "").trim(), opts);
    if (!target) continue;
    appPaths.push(target.pathname);
    const tagStart = m.index;
    const tagEnd = m.index + m[0].length;
    if (appUrl) {
      const absolute = appUrl + target.pathname + target.search + target.hash;
      const rewritten = `<${m[2]}${attrs.slice(0, href.index)}${href[1]}"${attrEscape(absolute)}"${attrs.slice(href.index + href[0].length)}>`;
      out += html.slice(last, tagStart) + rewritten;
      last = tagEnd;
      continue;
    }
    const closing = CLOSING[name];
    if (closing) {
      closing.lastIndex = tagEnd;
      const end = closing.exec(html);
      // An anchor without its end tag runs to the end of its parent: removing only the start tag keeps the text.
      out += html.slice(last, tagStart);
      last = end ? end.index + end[0].length : tagEnd;
      TOKEN.lastIndex = last;
    } else if (VOID_LINKS.has(name)) {
      out += html.slice(last, tagStart);
      last = tagEnd;
    } else {
      // Any other element with an href into the app keeps its content, without the reference.
      out += `${html.slice(last, tagStart)}<${m[2]}${attrs.slice(0, href.index)}${attrs.slice(href.index + href[0].length)}>`;
      last = tagEnd;
    }
  }
  return { html: out + html.slice(last), appPaths };
}
