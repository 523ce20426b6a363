import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { Markdown } from "@/lib/ui/components/markdown";
import { formatCount, plural } from "@/lib/ui/format";
import { formatUtcDate, summarize } from "@/lib/ui/public/format";
import { labHref, protocolHref } from "@/lib/ui/public/links";
import { notFoundMetadata, publicOpenGraph } from "@/lib/ui/public/metadata";
import { PublicNotFound } from "@/lib/ui/public/not-found";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";
import { TagLinks } from "@/lib/ui/public/tag-links";
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
  const protocol = await (await currentSnapshot())?.protocol(slug);
  if (!protocol) return notFoundMetadata();
  const description = summarize(protocol.description || `A ${protocol.steps.length}-step protocol on Cyanea`, 200);
  return {
    title: protocol.title,
    description,
    alternates: { canonical: protocolHref(protocol.slug) },
    openGraph: publicOpenGraph({ type: "article", title: protocol.title, description, url: protocolHref(protocol.slug), publishedTime: protocol.publishedAt, modifiedTime: protocol.updatedAt, tags: protocol.tags }),
  };
}

/** A public protocol with its steps in order. */
export default async function ProtocolPage({ params }: { params: Params }) {
  const { slug } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const protocol = await snap.protocol(slug);
  if (!protocol) return <PublicNotFound />;
  const steps = [...protocol.steps].sort((a, b) => a.position - b.position);
  const totalMinutes = steps.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0);
  return (
    <>
      <PublicHeader
        crumbs={[{ href: "/explore", label: "Explore" }]}
        title={protocol.title}
        subtitle={
          <>
            {protocol.lab ? (
              <>
                <Link prefetch={false} href={labHref(protocol.lab.slug)}>{protocol.lab.name}</Link> ·{" "}
              </>
            ) : null}
            by {protocol.owner.name} <span className="muted">@{protocol.owner.handle}</span>
            {protocol.forkedFrom ? (
              <>
                {" "}
                · forked from <Link prefetch={false} href={protocolHref(protocol.forkedFrom.slug)}>{protocol.forkedFrom.title}</Link>
              </>
            ) : null}
          </>
        }
        generatedAt={snap.generatedAt}
      />
      <div className="detail-layout">
        <div className="stack">
          {protocol.description ? <Markdown source={protocol.description} /> : null}
          <TagLinks tags={protocol.tags} linked={false} />
          <section className="section" aria-labelledby="steps-h">
            <h2 id="steps-h">Steps</h2>
            {steps.length === 0 ? (
              <p className="state state-empty">This protocol has no steps.</p>
            ) : (
              <ol className="steps">
                {steps.map((step) => (
                  <li key={step.position}>
                    <h3>{step.title}</h3>
                    {step.durationMinutes !== null ? <p className="small muted">{plural(step.durationMinutes, "minute")}</p> : null}
                    {step.body ? <Markdown source={step.body} /> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="card">
          <dl className="kv">
            <dt>Steps</dt>
            <dd>{formatCount(steps.length)}</dd>
            {totalMinutes > 0 ? (
              <>
                <dt>Time</dt>
                <dd>{plural(totalMinutes, "minute")}</dd>
              </>
            ) : null}
            <dt>Stars</dt>
            <dd>★ {formatCount(protocol.starCount)}</dd>
            <dt>Published</dt>
            <dd>
              <time dateTime={protocol.publishedAt}>{formatUtcDate(protocol.publishedAt)}</time>
            </dd>
            <dt>Updated</dt>
            <dd>
              <time dateTime={protocol.updatedAt}>{formatUtcDate(protocol.updatedAt)}</time>
            </dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
