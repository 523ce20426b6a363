import { currentSnapshot } from "@/lib/snapshots/current";
import { PUBLIC_CACHE_CONTROL, siteOrigin, xmlEscape } from "@/lib/snapshots/site-url";
import { buildSitemap } from "@/lib/snapshots/xml-documents";

export const dynamic = "force-dynamic";

/** Built once per (snapshot, origin): a sitemap of 100k datasets costs tens of ms to serialise. */
const built = new Map<string, Promise<string>>();

/** `/sitemap.xml`: every public page of the latest snapshot. */
export async function GET(req: Request): Promise<Response> {
  const snap = await currentSnapshot();
  const origin = siteOrigin(req.headers);
  if (!snap) {
    const empty = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>${xmlEscape(`${origin}/`)}</loc></url>\n</urlset>\n`;
    return new Response(empty, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "no-store" } });
  }
  const key = `${snap.id} ${origin}`;
  let body = built.get(key);
  if (!body) {
    body = buildSitemap(snap, origin);
    body.catch(() => built.delete(key));
    built.set(key, body);
    while (built.size > 4) built.delete(built.keys().next().value as string);
  }
  return new Response(await body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": PUBLIC_CACHE_CONTROL } });
}
