import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { Markdown } from "@/lib/ui/components/markdown";
import { formatCount } from "@/lib/ui/format";
import { formatUtcDate, summarize } from "@/lib/ui/public/format";
import { datasetHref, labHref, spaceHref } from "@/lib/ui/public/links";
import { notFoundMetadata, publicOpenGraph } from "@/lib/ui/public/metadata";
import { PublicNotFound } from "@/lib/ui/public/not-found";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";
import Link from "next/link";

// Static, generated on first request and then served from the page cache (lib/page-cache) until
// the next export; no path is rendered at build (a catalogue of 100k objects would make builds slow).
export const dynamic = "error";
export const dynamicParams = true;
export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const space = await (await currentSnapshot())?.space(slug);
  if (!space) return notFoundMetadata();
  const description = summarize(space.description || "An analysis space on Cyanea", 200);
  return { title: space.title, description, alternates: { canonical: spaceHref(space.slug) }, openGraph: publicOpenGraph({ title: space.title, description, url: spaceHref(space.slug) }) };
}

/** A public analysis space: what it analyses and who made it. */
export default async function SpacePage({ params }: { params: Params }) {
  const { slug } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const space = await snap.space(slug);
  if (!space) return <PublicNotFound />;
  return (
    <>
      <PublicHeader
        crumbs={[{ href: "/trending", label: "Trending" }]}
        title={space.title}
        subtitle={
          <>
            {space.lab ? (
              <>
                <Link prefetch={false} href={labHref(space.lab.slug)}>{space.lab.name}</Link> ·{" "}
              </>
            ) : null}
            by {space.owner.name} <span className="muted">@{space.owner.handle}</span>
            {space.forkedFrom ? (
              <>
                {" "}
                · forked from <Link prefetch={false} href={spaceHref(space.forkedFrom.slug)}>{space.forkedFrom.title}</Link>
              </>
            ) : null}
          </>
        }
        generatedAt={snap.generatedAt}
        aside={
          <Link prefetch={false} className="btn btn-primary" href="/signin">
            Sign in to open
          </Link>
        }
      />
      <div className="detail-layout">
        <div>{space.description ? <Markdown source={space.description} /> : <p className="muted">No description.</p>}</div>
        <aside className="card">
          <dl className="kv">
            <dt>Dataset</dt>
            <dd>{space.dataset ? <Link prefetch={false} href={datasetHref(space.dataset.slug)}>{space.dataset.title}</Link> : "—"}</dd>
            <dt>Stars</dt>
            <dd>★ {formatCount(space.starCount)}</dd>
            <dt>Created</dt>
            <dd>
              <time dateTime={space.createdAt}>{formatUtcDate(space.createdAt)}</time>
            </dd>
            <dt>Updated</dt>
            <dd>
              <time dateTime={space.updatedAt}>{formatUtcDate(space.updatedAt)}</time>
            </dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
