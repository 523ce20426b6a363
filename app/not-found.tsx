import type { Metadata } from "next";
import Link from "next/link";

import { NO_CLIENT_JS_META_CONTENT, NO_CLIENT_JS_META_NAME } from "@/lib/page-cache/strip-client-js.mjs";
import { SiteHeader } from "@/lib/ui/public/site-header";

/**
 * Pages that match no route: a plain, static answer with the public header. Links only, so it is
 * served without client scripts like the public pages (the meta tag, lib/page-cache), and it is
 * the CDN bundle's `404.html`.
 */
export const metadata: Metadata = { title: "Not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <meta name={NO_CLIENT_JS_META_NAME} content={NO_CLIENT_JS_META_CONTENT} />
      <SiteHeader />
      <main className="container" id="main">
        <div className="state state-empty">
          <p className="state-title">Not found</p>
          <p>There is no page at this address.</p>
          <p>
            <Link prefetch={false} className="btn" href="/explore">
              Explore the catalogue
            </Link>
          </p>
        </div>
      </main>
    </>
  );
}
