/**
 * Removes the App Router's client JavaScript from a rendered public page: the framework's
 * `<script src>` chunks (React DOM, router, page chunks), their `<link rel=preload as=script>` /
 * `modulepreload` hints, Turbopack's chunk registration and the inline flight data
 * (`self.__next_f.push(…)`, the RSC payload hydration would read).
 *
 * Why: the public pages are read-only catalogue pages made of links (no form, no client state),
 * so plain HTML with full page loads does everything they need, and the ~135 KB gzip framework
 * bundle every App Router page loads only hydrates what the HTML already shows. App Router pages
 * cannot opt out of that bundle, so the page cache removes it from the HTML it stores and serves
 * (lib/page-cache/page-cache-handler.mjs). The RSC payload is kept apart (`rscData`), so the
 * app's client router can still navigate into a public page.
 *
 * Only pages that declare they work as plain HTML are changed: the public layout renders
 * `<meta name="cyanea-client-js" content="none">`. The result is `null` — keep the page as it
 * is, scripts and all, which still works — whenever removing scripts might break the page:
 * no marker, an inline script that is not one of the framework's known bootstraps (e.g. React's
 * `$RC` that reveals streamed Suspense content), or markup the scan cannot follow (an unclosed
 * comment, tag or script). Data blocks (`type="application/ld+json"` and other non-JavaScript
 * types) are kept.
 *
 * Tokenising follows the HTML syntax the renderer emits (HTML Living Standard §13.1–13.2):
 * comments end at `-->`, script data at `</script` followed by whitespace, `/` or `>`, and the
 * contents of raw-text elements (`style`, `textarea`, `title`, `noscript`) are skipped unparsed,
 * so a `<script` inside them is text. React escapes `<` in text and attribute values, so a
 * literal tag can only come from the renderer.
 *
 * Plain JavaScript because Next imports the cache handler at run time without compiling it.
 */

/** `name` of the meta tag a page renders to say it works without client JavaScript. */
export const NO_CLIENT_JS_META_NAME = "cyanea-client-js";
/** Its `content`. */
export const NO_CLIENT_JS_META_CONTENT = "none";

/** Inline scripts the framework writes for hydration only: the flight data and Turbopack's chunk list. */
const FRAMEWORK_INLINE_SCRIPTS = [
  /^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/,
  /^self\.__next_f\.push\(/,
  /^\(globalThis\[(["'])TURBOPACK\1\]\s*\|\|\s*\(globalThis\[(["'])TURBOPACK\2\]\s*=\s*\[\]\)\)\.push\(/,
];

/** Script `type`s a browser executes (HTML §4.12.1.1: empty, a JavaScript MIME type, or `module`). */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|application\/x-(?:java|ecma)script)$/;

const RAW_TEXT = new Set(["style", "textarea", "title", "noscript"]);
const TAG_START = /<(!--|[A-Za-z][A-Za-z0-9-]*)/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Index just past the `>` that ends the start tag whose attributes begin at `from`, or -1. A quote
 * opens a value only right after `=` (HTML §13.2.5.36), so `>` inside a quoted value is skipped.
 */
function endOfTag(html, from) {
  let quote = null;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === ">") {
      return i + 1;
    } else if (afterEquals && (c === '"' || c === "'")) {
      quote = c;
      afterEquals = false;
    } else if (c === "=") {
      afterEquals = true;
    } else if (!/\s/.test(c)) {
      afterEquals = false;
    }
  }
  return -1;
}

/** Attributes of a start tag's source (`<name …>`), names lower-cased, first occurrence wins (HTML §13.2.5.33). */
function attributesOf(tagSource, name) {
  const attrs = new Map();
  const inner = tagSource.slice(name.length + 1, tagSource.endsWith("/>") ? -2 : -1);
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const key = m[1].toLowerCase();
    if (!attrs.has(key)) attrs.set(key, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Index of the `<` of the end tag `</name` closing raw text or script data from `from`, or -1. */
function endTagIndex(html, name, from) {
  const re = new RegExp(`</${name}(?=[\\s/>])`, "gi");
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}

function isScriptHint(attrs) {
  const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
  if (rel.includes("modulepreload")) return true;
  return rel.includes("preload") && (attrs.get("as") ?? "").toLowerCase() === "script";
}

/**
 * The page without its client scripts, or `null` when it must be served as it is (see above).
 * Idempotent: a page already stripped comes back unchanged.
 */
export function stripClientJs(html) {
  if (typeof html !== "string" || html.length === 0) return null;
  const parts = [];
  let copiedTo = 0;
  let marked = false;
  const cut = (from, to) => {
    parts.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(html); m; m = TAG_START.exec(html)) {
    const start = m.index;
    if (m[1] === "!--") {
      const end = html.indexOf("-->", start + 4);
      if (end === -1) return null;
      TAG_START.lastIndex = end + 3;
      continue;
    }
    const name = m[1].toLowerCase();
    const tagEnd = endOfTag(html, start + m[0].length);
    if (tagEnd === -1) return null;
    TAG_START.lastIndex = tagEnd;
    const tagSource = html.slice(start, tagEnd);
    if (name === "meta") {
      const attrs = attributesOf(tagSource, name);
      if (attrs.get("name") === NO_CLIENT_JS_META_NAME && attrs.get("content") === NO_CLIENT_JS_META_CONTENT) marked = true;
    } else if (name === "link") {
      if (isScriptHint(attributesOf(tagSource, name))) cut(start, tagEnd);
    } else if (name === "script") {
      const close = endTagIndex(html, "script", tagEnd);
      if (close === -1) return null;
      const closeEnd = html.indexOf(">", close);
      if (closeEnd === -1) return null;
      TAG_START.lastIndex = closeEnd + 1;
      const attrs = attributesOf(tagSource, name);
      const type = (attrs.get("type") ?? "").trim().toLowerCase();
      if (!EXECUTABLE_TYPE.test(type)) continue;
      if (!attrs.has("src")) {
        const body = html.slice(tagEnd, close).trim();
        if (!FRAMEWORK_INLINE_SCRIPTS.some((re) => re.test(body))) return null;
      }
      cut(start, closeEnd + 1);
    } else if (RAW_TEXT.has(name)) {
      // `/>` does not close a non-void element (HTML §13.2.6.4.7): `<title/>` still opens raw text.
      const close = endTagIndex(html, name, tagEnd);
      if (close === -1) return null;
      TAG_START.lastIndex = close + 2;
    }
  }
  if (!marked) return null;
  if (parts.length === 0) return html;
  parts.push(html.slice(copiedTo));
  return parts.join("");
}
