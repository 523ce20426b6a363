/**
 * Client JavaScript a page actually loads as served: the same-origin scripts its HTML references
 * (`<script src>`, `<link rel=modulepreload>`, `<link rel=preload as=script>`; `nomodule`
 * polyfills left out, they load only in browsers without ES modules), each fetched from the
 * server and gzipped (zlib's default level 6, what a compressing server or CDN sends), plus the
 * inline scripts written into the HTML itself (the flight data hydration reads).
 *
 * The build manifests (route-client-js.ts) say what the App Router would load; this says what a
 * browser is given — on public pages the page cache removes the scripts (lib/page-cache).
 */
import zlib from "node:zlib";

export interface ServedClientJs {
  path: string;
  /** Same-origin script URLs the HTML references, sorted. */
  scripts: string[];
  rawBytes: number;
  gzipBytes: number;
  inlineScripts: number;
  inlineRawBytes: number;
  inlineGzipBytes: number;
}

const TAG = /<(script|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const key = m[1]!.toLowerCase();
    if (!out.has(key)) out.set(key, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/** Script URLs (paths on `origin`) and inline script bodies of an HTML page. */
export function htmlScripts(html: string, origin: string): { external: string[]; inline: string[] } {
  const external = new Set<string>();
  const inline: string[] = [];
  const sameOrigin = (ref: string) => {
    const url = new URL(ref, origin);
    return url.origin === new URL(origin).origin ? url.pathname + url.search : null;
  };
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2]!);
    if (m[1]!.toLowerCase() === "script") {
      const type = (attrs.get("type") ?? "").toLowerCase();
      if (type !== "" && type !== "module" && !/javascript|ecmascript/.test(type)) continue;
      const src = attrs.get("src");
      if (src !== undefined) {
        if (!attrs.has("nomodule")) {
          const p = sameOrigin(src);
          if (p) external.add(p);
        }
        continue;
      }
      const end = html.toLowerCase().indexOf("</script", m.index! + m[0].length);
      inline.push(html.slice(m.index! + m[0].length, end === -1 ? html.length : end));
    } else {
      const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
      const href = attrs.get("href");
      const hint = rel.includes("modulepreload") || (rel.includes("preload") && (attrs.get("as") ?? "").toLowerCase() === "script");
      if (hint && href) {
        const p = sameOrigin(href);
        if (p) external.add(p);
      }
    }
  }
  return { external: [...external].sort(), inline };
}

/** Fetches `path` from `base` and measures the client JS it loads. */
export async function servedClientJs(base: string, path: string, headers: Record<string, string> = {}): Promise<ServedClientJs> {
  const res = await fetch(base + path, { headers, redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const { external, inline } = htmlScripts(html, base);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const script of external) {
    const r = await fetch(base + script);
    if (r.status !== 200) throw new Error(`${script} (referenced by ${path}) answered ${r.status}`);
    const bytes = Buffer.from(await r.arrayBuffer());
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes).length;
  }
  const inlineText = inline.join("");
  return {
    path,
    scripts: external,
    rawBytes,
    gzipBytes,
    inlineScripts: inline.length,
    inlineRawBytes: Buffer.byteLength(inlineText),
    inlineGzipBytes: inline.length === 0 ? 0 : zlib.gzipSync(inlineText).length,
  };
}
