import type { Metadata } from "next";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/** `og:site_name` of every public page. */
export const SITE_NAME = "Cyanea";

/**
 * A public page's Open Graph. Next merges metadata per top-level key, so a page's `openGraph`
 * replaces the layout's whole object, `siteName` included: every page states it through this.
 */
export function publicOpenGraph(og: OpenGraph = {}): OpenGraph {
  return { type: "website", ...og, siteName: SITE_NAME };
}

/** Metadata of a public page whose object or category is not in the snapshot (answered 404). */
export function notFoundMetadata(): Metadata {
  return { title: "Not found", robots: { index: false, follow: true }, openGraph: publicOpenGraph({ title: "Not found · Cyanea" }) };
}
