import { PUBLIC_CACHE_CONTROL, siteOrigin } from "@/lib/snapshots/site-url";
import { buildRobots } from "@/lib/snapshots/xml-documents";

export const dynamic = "force-dynamic";

/** `/robots.txt`: crawl the public catalogue, not the app, admin or API. */
export function GET(req: Request): Response {
  return new Response(buildRobots(siteOrigin(req.headers)), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": PUBLIC_CACHE_CONTROL } });
}
