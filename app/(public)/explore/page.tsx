import type { Metadata } from "next";
import type { CategoryListing } from "@/export/snapshot-schema";
import { currentSnapshot } from "@/lib/snapshots/current";
import { formatCount } from "@/lib/ui/format";
import { categoryHref } from "@/lib/ui/public/links";
import { publicOpenGraph } from "@/lib/ui/public/metadata";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";
import { SnapshotNote } from "@/lib/ui/public/snapshot-note";
import Link from "next/link";

// Static: rendered once per snapshot, then served from the page cache (lib/page-cache).
export const dynamic = "error";

export const metadata: Metadata = {
  title: "Explore",
  description: "Public datasets on Cyanea by file format, organism and tag.",
  alternates: { canonical: "/explore" },
  openGraph: publicOpenGraph({ type: "website", title: "Explore public datasets · Cyanea", url: "/explore" }),
};

function CategorySection({ id, title, listings }: { id: string; title: string; listings: CategoryListing[] }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {listings.length === 0 ? (
        <p className="state state-empty">Nothing here yet.</p>
      ) : (
        <ul className="category-list">
          {listings.map((l) => (
            <li key={l.value}>
              <Link prefetch={false} href={categoryHref(l.kind, l.value)}>
                <span className={l.kind === "format" ? "mono" : undefined}>{l.kind === "organism" ? <i>{l.value}</i> : l.value}</span>
                <span className="count">{formatCount(l.count)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every category of public datasets: formats, organisms, tags, with counts. */
export default async function ExplorePage() {
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const [formats, organisms, tags] = await Promise.all([snap.file("by-format.json"), snap.file("by-organism.json"), snap.file("by-tag.json")]);
  return (
    <>
      <PublicHeader title="Explore" subtitle="Public datasets by file format, organism and tag." generatedAt={snap.generatedAt} />
      <CategorySection id="formats-h" title="By format" listings={formats} />
      <CategorySection id="organisms-h" title="By organism" listings={organisms} />
      <CategorySection id="tags-h" title="By tag" listings={tags} />
      <SnapshotNote generatedAt={snap.generatedAt} />
    </>
  );
}
