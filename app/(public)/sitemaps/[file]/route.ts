import { currentSnapshot } from "@/lib/snapshots/current";
import { PUBLIC_CACHE_CONTROL, siteOrigin } from "@/lib/snapshots/site-url";
import { parseSitemapPartFile, sitemapSetFor } from "@/lib/snapshots/sitemap";

export const dynamic = "force-dynamic";

/** `/sitemaps/<n>.xml`: child sitemap n of the index `/sitemap.xml` serves past 50,000 URLs. */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const n = parseSitemapPartFile((await params).file);
  const snap = await currentSnapshot();
  const part = n !== null && snap ? (await sitemapSetFor(snap, siteOrigin(req.headers))).parts[n - 1] : undefined;
  if (part === undefined) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return new Response(part, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": PUBLIC_CACHE_CONTROL } });
}
