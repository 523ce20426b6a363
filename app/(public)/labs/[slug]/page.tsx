import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { Markdown } from "@/lib/ui/components/markdown";
import { formatCount } from "@/lib/ui/format";
import { formatUtcDate, summarize } from "@/lib/ui/public/format";
import { datasetHref, labHref, protocolHref, spaceHref } from "@/lib/ui/public/links";
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

/** How many of each kind a lab page lists; the counts cover the rest. */
const LIST_LIMIT = 50;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const lab = await (await currentSnapshot())?.lab(slug);
  if (!lab) return notFoundMetadata();
  const description = summarize(lab.description || `${lab.name}${lab.institution ? `, ${lab.institution}` : ""} on Cyanea`, 200);
  return { title: lab.name, description, alternates: { canonical: labHref(lab.slug) }, openGraph: publicOpenGraph({ title: lab.name, description, url: labHref(lab.slug) }) };
}

function Listing({ id, title, total, items }: { id: string; title: string; total: number; items: Array<{ slug: string; title: string; date: string; href: string }> }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted small">({formatCount(total)})</span>
      </h2>
      {items.length === 0 ? (
        <p className="state state-empty">None yet.</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => (
            <li key={item.slug} className="spread">
              <Link prefetch={false} className="item-title" href={item.href}>
                {item.title}
              </Link>
              <time className="small muted" dateTime={item.date}>
                {formatUtcDate(item.date)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A public lab: who it is and its public datasets, protocols and spaces (members are never listed). */
export default async function LabPage({ params }: { params: Params }) {
  const { slug } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const lab = await snap.lab(slug);
  if (!lab) return <PublicNotFound />;
  const contents = await snap.labContents(lab.slug);
  return (
    <>
      <PublicHeader title={lab.name} subtitle={lab.institution ?? undefined} generatedAt={snap.generatedAt} />
      <div className="detail-layout">
        <div>
          {lab.description ? <Markdown source={lab.description} /> : null}
          <Listing id="lab-datasets" title="Datasets" total={lab.datasetCount} items={contents.datasets.slice(0, LIST_LIMIT).map((d) => ({ slug: d.slug, title: d.title, date: d.publishedAt, href: datasetHref(d.slug) }))} />
          <Listing id="lab-protocols" title="Protocols" total={lab.protocolCount} items={contents.protocols.slice(0, LIST_LIMIT).map((p) => ({ slug: p.slug, title: p.title, date: p.publishedAt, href: protocolHref(p.slug) }))} />
          <Listing id="lab-spaces" title="Spaces" total={lab.spaceCount} items={contents.spaces.slice(0, LIST_LIMIT).map((s) => ({ slug: s.slug, title: s.title, date: s.createdAt, href: spaceHref(s.slug) }))} />
        </div>
        <aside className="card">
          <dl className="kv">
            <dt>Members</dt>
            <dd>{formatCount(lab.memberCount)}</dd>
            <dt>Datasets</dt>
            <dd>{formatCount(lab.datasetCount)}</dd>
            <dt>Protocols</dt>
            <dd>{formatCount(lab.protocolCount)}</dd>
            <dt>Spaces</dt>
            <dd>{formatCount(lab.spaceCount)}</dd>
            <dt>Since</dt>
            <dd>
              <time dateTime={lab.createdAt}>{formatUtcDate(lab.createdAt)}</time>
            </dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
