import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";

/** The public catalogue's not-found message: unknown slugs, private objects (indistinguishable by design), unknown categories. */
export function PublicNotFoundMessage() {
  return (
    <div className="state state-empty">
      <p className="state-title">Not found</p>
      <p>There is no public page here. It may be private, unpublished, or not yet in the latest snapshot.</p>
      <p className="row" style={{ justifyContent: "center" }}>
        <Link prefetch={false} className="btn" href="/explore">
          Explore the catalogue
        </Link>
        <Link prefetch={false} className="btn btn-ghost" href="/">
          Home
        </Link>
      </p>
    </div>
  );
}

function RaiseNotFound(): never {
  notFound();
}

/**
 * What a public page renders for an object or category the snapshot does not hold: the message
 * as server-rendered HTML, and HTTP 404.
 *
 * Why not just `notFound()` in the page: Next renders the not-found boundary only on the client.
 * During server rendering the error escapes every error boundary (React does not run them on the
 * server), fails the document's shell, and Next answers its error shell — an empty
 * `<html id="__next_error__">` whose content exists only in the flight data for the client to
 * render (vercel/next.js#62228). Public pages are served without scripts, so that is a blank page.
 *
 * Here the page renders the message itself, and `notFound()` is thrown inside a Suspense
 * boundary: React completes the document with that boundary left to the client (its fallback is
 * empty), and Next takes the 404 status from the error (app-render: an HTTP access fallback
 * thrown inside a Suspense boundary "updates the response while preserving the prerendered
 * content outside the boundary"). Public pages are prerendered whole before anything is sent
 * (ISR), so the status is always the one cached and served. The app's client router, opening a
 * public URL in place, gets a 404 payload and falls back to a full page load of this document;
 * were the payload rendered on the client, the boundary would throw there and
 * `(public)/not-found.tsx` would show the same message.
 */
export function PublicNotFound() {
  return (
    <>
      <PublicNotFoundMessage />
      <Suspense fallback={null}>
        <RaiseNotFound />
      </Suspense>
    </>
  );
}
