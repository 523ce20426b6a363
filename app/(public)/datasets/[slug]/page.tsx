import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentSnapshot } from "@/lib/snapshots/current";
import { Markdown } from "@/lib/ui/components/markdown";
import { formatBytes, formatCount, plural, shortHash } from "@/lib/ui/format";
import { formatUtcDate, summarize } from "@/lib/ui/public/format";
import { categoryHref, datasetHref, labHref } from "@/lib/ui/public/links";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";
import { TagLinks } from "@/lib/ui/public/tag-links";
import Link from "next/link";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const dataset = await (await currentSnapshot())?.dataset(slug);
  if (!dataset) return { title: "Dataset" };
  const description = summarize(dataset.description || `${dataset.format.toUpperCase()} dataset on Cyanea`, 200);
  return {
    title: dataset.title,
    description,
    alternates: { canonical: datasetHref(dataset.slug) },
    openGraph: { type: "article", title: dataset.title, description, url: datasetHref(dataset.slug), publishedTime: dataset.publishedAt, modifiedTime: dataset.updatedAt, tags: dataset.tags },
  };
}

/** A public dataset: description, metadata and its files. */
export default async function DatasetPage({ params }: { params: Params }) {
  const { slug } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const dataset = await snap.dataset(slug);
  if (!dataset) notFound();
  return (
    <>
      <PublicHeader
        crumbs={[
          { href: "/explore", label: "Explore" },
          { href: categoryHref("format", dataset.format), label: dataset.format.toUpperCase() },
        ]}
        title={dataset.title}
        subtitle={
          <>
            {dataset.lab ? (
              <>
                <Link prefetch={false} href={labHref(dataset.lab.slug)}>{dataset.lab.name}</Link> ·{" "}
              </>
            ) : null}
            by {dataset.owner.name} <span className="muted">@{dataset.owner.handle}</span>
          </>
        }
        generatedAt={snap.generatedAt}
        aside={
          <Link prefetch={false} className="btn btn-primary" href="/signin">
            Sign in to analyse
          </Link>
        }
      />
      <div className="detail-layout">
        <div className="stack">
          {dataset.description ? <Markdown source={dataset.description} /> : <p className="muted">No description.</p>}
          <TagLinks tags={dataset.tags} />
          <section className="section" aria-labelledby="files-h">
            <h2 id="files-h">Files</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Format</th>
                    <th className="num">Size</th>
                    <th>SHA-256</th>
                  </tr>
                </thead>
                <tbody>
                  {dataset.files.map((f) => (
                    <tr key={f.name}>
                      <td className="mono">{f.name}</td>
                      <td>
                        <span className="badge badge-format">{f.format}</span>
                      </td>
                      <td className="num">{formatBytes(f.sizeBytes)}</td>
                      <td className="hash" title={f.sha256}>
                        {shortHash(f.sha256)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
        <aside className="card">
          <dl className="kv">
            <dt>Format</dt>
            <dd>
              <Link prefetch={false} className="badge badge-format" href={categoryHref("format", dataset.format)}>
                {dataset.format}
              </Link>
            </dd>
            <dt>Organism</dt>
            <dd>{dataset.organism ? <Link prefetch={false} href={categoryHref("organism", dataset.organism)}><i>{dataset.organism}</i></Link> : "—"}</dd>
            <dt>License</dt>
            <dd>{dataset.license || "—"}</dd>
            <dt>Files</dt>
            <dd>
              {plural(dataset.fileCount, "file")}, {formatBytes(dataset.totalSizeBytes)}
            </dd>
            <dt>Stars</dt>
            <dd>★ {formatCount(dataset.starCount)}</dd>
            <dt>Published</dt>
            <dd>
              <time dateTime={dataset.publishedAt}>{formatUtcDate(dataset.publishedAt)}</time>
            </dd>
            <dt>Updated</dt>
            <dd>
              <time dateTime={dataset.updatedAt}>{formatUtcDate(dataset.updatedAt)}</time>
            </dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
