import { currentSnapshot } from "@/lib/snapshots/current";
import { PUBLIC_CACHE_CONTROL, siteOrigin } from "@/lib/snapshots/site-url";
import { buildAtomFeed } from "@/lib/snapshots/xml-documents";

export const dynamic = "force-dynamic";

/** `/feed.xml`: Atom 1.0 feed of recently published public datasets. */
export async function GET(req: Request): Promise<Response> {
  const snap = await currentSnapshot();
  const body = await buildAtomFeed(snap, siteOrigin(req.headers), new Date());
  return new Response(body, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": snap ? PUBLIC_CACHE_CONTROL : "no-store" },
  });
}
