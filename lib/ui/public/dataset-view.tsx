import Link from "next/link";
import type { ReactNode } from "react";
import type { SnapshotDataset } from "@/export/snapshot-schema";
import { Markdown } from "@/lib/ui/components/markdown";
import { formatBytes, formatCount, plural, shortHash } from "@/lib/ui/format";
import { formatUtcDate } from "./format";
import { categoryHref, fileDownloadHref, labHref } from "./links";
import { PublicHeader } from "./public-header";
import { TagLinks } from "./tag-links";

/** Where a dataset stands: on the public site, published but private, or a draft. */
export type DatasetPublication = "public" | "private" | "draft";

/**
 * The public page of one dataset. Rendered from the snapshot on `/datasets/[slug]` (everything in
 * a snapshot is public and published: the defaults), and from the database by the signed-in live
 * preview (`/app/datasets/[slug]/public-preview`), which passes its own `note` instead of the
 * snapshot time, the dataset's `publication` (a draft has no publication date to show), and its
 * own `action` in place of the visitor's sign-in prompt.
 */
export function PublicDatasetView({
  dataset,
  generatedAt,
  note,
  publication = "public",
  action,
}: {
  dataset: SnapshotDataset;
  generatedAt: string;
  note?: ReactNode;
  publication?: DatasetPublication;
  /** Beside the title; by default the anonymous visitor's "Sign in to analyse". */
  action?: ReactNode;
}) {
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
        generatedAt={generatedAt}
        note={note}
        aside={
          action ?? (
            <Link prefetch={false} className="btn btn-primary" href="/signin">
              Sign in to analyse
            </Link>
          )
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
                      <td className="mono">
                        {f.id ? (
                          <a href={fileDownloadHref(dataset.slug, f.id)} download={f.name} title={`Download ${f.name}`}>
                            {f.name}
                          </a>
                        ) : (
                          f.name
                        )}
                      </td>
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
              {publication === "draft" ? (
                <span className="muted">Not published (draft)</span>
              ) : (
                <>
                  <time dateTime={dataset.publishedAt}>{formatUtcDate(dataset.publishedAt)}</time>
                  {publication === "private" ? <span className="muted"> (private: not on the public site)</span> : null}
                </>
              )}
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
