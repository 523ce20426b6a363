import Link from "next/link";

/** 404 for public pages: unknown slugs, private objects (indistinguishable by design), unknown categories. */
export default function PublicNotFound() {
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
