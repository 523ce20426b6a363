import Link from "next/link";

/**
 * Header of the public catalogue, rendered on the server (no client state, no providers), so the
 * pages stay light and work from a static CDN bundle as well as from the app.
 */
export function SiteHeader() {
  return (
    <header className="topbar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="topnav" aria-label="Main">
        <Link prefetch={false} href="/" className="logo">
          <span className="logo-mark" aria-hidden="true" />
          Cyanea
        </Link>
        <ul className="topnav-links">
          <li>
            <Link prefetch={false} href="/explore">Explore</Link>
          </li>
          <li>
            <Link prefetch={false} href="/trending">Trending</Link>
          </li>
        </ul>
        <div className="topnav-account">
          <Link prefetch={false} href="/signin">Sign in</Link>
        </div>
      </nav>
    </header>
  );
}
