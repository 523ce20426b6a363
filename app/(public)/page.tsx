import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { ItemList } from "@/lib/ui/public/item-list";
import { PreparingState } from "@/lib/ui/public/preparing";
import { SnapshotNote } from "@/lib/ui/public/snapshot-note";
import { StatsGrid } from "@/lib/ui/public/stats-grid";
import { formatUtcDate } from "@/lib/ui/public/format";
import { labHref } from "@/lib/ui/public/links";
import { publicOpenGraph } from "@/lib/ui/public/metadata";
import { plural } from "@/lib/ui/format";
import Link from "next/link";

// Static: rendered once per snapshot, then served from the page cache (lib/page-cache).
export const dynamic = "error";

export const metadata: Metadata = {
  title: { absolute: "Cyanea — open bioinformatics datasets, protocols and spaces" },
  description: "Browse public sequence, annotation, structure and table datasets, lab protocols and analysis spaces on Cyanea.",
  alternates: { canonical: "/" },
  openGraph: publicOpenGraph({ type: "website", title: "Cyanea", description: "Public bioinformatics datasets, protocols and analysis spaces.", url: "/" }),
};

/** Landing page: what Cyanea is, site stats, trending, recently published, active labs. */
export default async function HomePage() {
  const snap = await currentSnapshot();
  const intro = (
    <section className="hero">
      <h1>Cyanea</h1>
      <p className="lead">
        Publish sequence, annotation, structure and table datasets; write protocols with your lab; analyse your data in your own
        browser.
      </p>
      <p className="row">
        <Link prefetch={false} className="btn btn-primary" href="/explore">
          Explore the catalogue
        </Link>
        <Link prefetch={false} className="btn" href="/signin">
          Sign in
        </Link>
        <Link prefetch={false} className="btn btn-ghost" href="/signup">
          Create an account
        </Link>
      </p>
    </section>
  );
  if (!snap) {
    return (
      <>
        {intro}
        <PreparingState />
      </>
    );
  }
  const [stats, trending, recent, activeLabs] = await Promise.all([snap.file("stats.json"), snap.file("trending.json"), snap.file("recent.json"), snap.file("active-labs.json")]);
  return (
    <>
      {intro}
      <SnapshotNote generatedAt={snap.generatedAt} />
      <section className="section" aria-labelledby="stats-h">
        <h2 id="stats-h">The public catalogue</h2>
        <StatsGrid stats={stats} />
      </section>
      <section className="section" aria-labelledby="trending-h">
        <div className="spread">
          <h2 id="trending-h">Trending</h2>
          <Link prefetch={false} href="/trending">All trending</Link>
        </div>
        <div className="columns">
          <div>
            <h3>Datasets</h3>
            <ItemList items={trending.datasets.slice(0, 5)} empty="No dataset activity in the last 30 days." />
          </div>
          <div>
            <h3>Protocols</h3>
            <ItemList items={trending.protocols.slice(0, 5)} empty="No protocol activity in the last 30 days." />
          </div>
          <div>
            <h3>Spaces</h3>
            <ItemList items={trending.spaces.slice(0, 5)} empty="No space activity in the last 30 days." />
          </div>
        </div>
      </section>
      <div className="columns section">
        <section aria-labelledby="recent-h">
          <div className="spread">
            <h2 id="recent-h">Recently published datasets</h2>
            <Link prefetch={false} href="/feed.xml">Atom feed</Link>
          </div>
          <ItemList items={recent.slice(0, 10)} empty="No public datasets yet." />
        </section>
        <section aria-labelledby="labs-h">
          <h2 id="labs-h">Active labs</h2>
          {activeLabs.length === 0 ? (
            <p className="state state-empty">No lab activity in the last two weeks.</p>
          ) : (
            <ul className="item-list">
              {activeLabs.slice(0, 10).map((lab) => (
                <li key={lab.slug}>
                  <Link prefetch={false} className="item-title" href={labHref(lab.slug)}>
                    {lab.name}
                  </Link>
                  <div className="item-meta">
                    {lab.institution ? <span>{lab.institution}</span> : null}
                    <span>{plural(lab.events, "event")} in 14 days</span>
                    {lab.published > 0 ? <span>{plural(lab.published, "publication")}</span> : null}
                    <span>
                      last active <time dateTime={lab.lastActivityAt}>{formatUtcDate(lab.lastActivityAt)}</time>
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
