import Link from "next/link";

import { SiteHeader } from "@/lib/ui/public/site-header";

/** Pages that match no route: a plain, static answer with the public header. */
export default function NotFound() {
  return (
    <>
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
