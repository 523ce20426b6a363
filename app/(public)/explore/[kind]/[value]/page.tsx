import type { Metadata } from "next";
import type { CategoryListing } from "@/export/snapshot-schema";
import { normalizeTag } from "@/lib/domain/schemas";
import { currentSnapshot } from "@/lib/snapshots/current";
import type { Snapshot } from "@/lib/snapshots/reader";
import { plural } from "@/lib/ui/format";
import { decodeSegment } from "@/lib/ui/public/format";
import { ItemList } from "@/lib/ui/public/item-list";
import { categoryHref, isCategoryKind, type CategoryKind } from "@/lib/ui/public/links";
import { notFoundMetadata, publicOpenGraph } from "@/lib/ui/public/metadata";
import { PublicNotFound } from "@/lib/ui/public/not-found";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";

// Static, generated on first request and then served from the page cache (lib/page-cache) until
// the next export; no path is rendered at build (a catalogue of 100k objects would make builds slow).
export const dynamic = "error";
export const dynamicParams = true;
export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ kind: string; value: string }>;

const FILE = { format: "by-format.json", organism: "by-organism.json", tag: "by-tag.json" } as const;
const LABEL: Record<CategoryKind, string> = { format: "Format", organism: "Organism", tag: "Tag" };

async function findListing(snap: Snapshot, kind: string, rawValue: string): Promise<CategoryListing | null> {
  if (!isCategoryKind(kind)) return null;
  const listings = await snap.file(FILE[kind]);
  // Route params may arrive encoded or decoded depending on the characters; accept either form.
  const decoded = decodeSegment(rawValue);
  const exact = listings.find((l) => l.value === decoded) ?? listings.find((l) => l.value === rawValue);
  if (exact || kind !== "tag") return exact ?? null;
  // Tags are stored normalized ("Has Space" → "has-space"); a typed or old link finds its tag, and the page names the canonical URL.
  const tag = normalizeTag(decoded);
  return listings.find((l) => l.value === tag) ?? null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kind, value } = await params;
  const snap = await currentSnapshot();
  const listing = snap ? await findListing(snap, kind, value) : null;
  if (!listing) return notFoundMetadata();
  const title = `${LABEL[listing.kind]}: ${listing.value}`;
  const description = `${plural(listing.count, "public dataset")} on Cyanea with ${listing.kind} ${listing.value}.`;
  return { title, description, alternates: { canonical: categoryHref(listing.kind, listing.value) }, openGraph: publicOpenGraph({ type: "website", title: `${title} · Cyanea`, description, url: categoryHref(listing.kind, listing.value) }) };
}

/** The newest public datasets of one format, organism or tag. */
export default async function CategoryPage({ params }: { params: Params }) {
  const { kind, value } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const listing = await findListing(snap, kind, value);
  if (!listing) return <PublicNotFound />;
  const shown = listing.datasets.length;
  return (
    <>
      <PublicHeader
        crumbs={[{ href: "/explore", label: "Explore" }]}
        title={
          <>
            {LABEL[listing.kind]}: {listing.kind === "organism" ? <i>{listing.value}</i> : listing.value}
          </>
        }
        subtitle={shown < listing.count ? `${plural(listing.count, "public dataset")}; the newest ${shown} are listed.` : plural(listing.count, "public dataset")}
        generatedAt={snap.generatedAt}
      />
      <ItemList items={listing.datasets} empty="No public datasets in this category." />
    </>
  );
}
