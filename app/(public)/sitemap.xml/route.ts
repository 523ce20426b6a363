import { currentSnapshot } from "@/lib/snapshots/current";
import { PUBLIC_CACHE_CONTROL, siteOrigin, xmlEscape } from "@/lib/snapshots/site-url";
import { sitemapSetFor } from "@/lib/snapshots/sitemap";

export const dynamic = "force-dynamic";

const XML = "application/xml; charset=utf-8";

/** `/sitemap.xml`: every public page of the latest snapshot, or an index of child sitemaps past 50,000 URLs. */
export async function GET(req: Request): Promise<Response> {
  const snap = await currentSnapshot();
  const origin = siteOrigin(req.headers);
  if (!snap) {
    const empty = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>${xmlEscape(`${origin}/`)}</loc></url>\n</urlset>\n`;
    return new Response(empty, { headers: { "content-type": XML, "cache-control": "no-store" } });
  }
  const { root } = await sitemapSetFor(snap, origin);
  return new Response(root, { headers: { "content-type": XML, "cache-control": PUBLIC_CACHE_CONTROL } });
}
