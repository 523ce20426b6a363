import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NO_CLIENT_JS_META_CONTENT, NO_CLIENT_JS_META_NAME } from "@/lib/page-cache/strip-client-js.mjs";
import { publicOrigin } from "@/lib/snapshots/site-url";
import { publicOpenGraph } from "@/lib/ui/public/metadata";
import { SiteHeader } from "@/lib/ui/public/site-header";
import "./public.css";

/**
 * Absolute Open Graph / canonical URLs resolve against the configured public origin (not the
 * request's Host: the pages are rendered once and cached); the Atom feed is advertised.
 */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(publicOrigin()),
    alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Cyanea — recently published datasets" }] } },
    openGraph: publicOpenGraph(),
  };
}

/**
 * Anonymous pages rendered from the latest export snapshot only (never the database). They are
 * links and text only, so they are served as plain HTML: the meta tag tells the page cache to
 * drop the framework's client scripts (lib/page-cache/strip-client-js.mjs). A client component
 * added here would render but never hydrate — keep these pages free of client-only behaviour.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <meta name={NO_CLIENT_JS_META_NAME} content={NO_CLIENT_JS_META_CONTENT} />
      <SiteHeader />
      <main className="container" id="main">
        <nav className="public-subnav" aria-label="Public catalogue">
          <Link prefetch={false} href="/">Home</Link>
          <Link prefetch={false} href="/explore">Explore</Link>
          <Link prefetch={false} href="/trending">Trending</Link>
          <Link prefetch={false} href="/feed.xml">Atom feed</Link>
        </nav>
        {children}
      </main>
      <footer className="public-footer">
        <Link prefetch={false} href="/explore">Explore</Link>
        <Link prefetch={false} href="/trending">Trending</Link>
        <Link prefetch={false} href="/feed.xml">Feed</Link>
        <Link prefetch={false} href="/sitemap.xml">Sitemap</Link>
        <Link prefetch={false} href="/signin">Sign in</Link>
      </footer>
    </>
  );
}
