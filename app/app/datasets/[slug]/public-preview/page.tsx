import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";
import { previewPublicDataset } from "@/lib/services/datasets/preview-public-dataset";
import { pageServiceContext } from "@/lib/services/page-context";
import { PublicDatasetView, type DatasetPublication } from "@/lib/ui/public/dataset-view";
import "../../../../(public)/public.css";

export const metadata: Metadata = { title: "Public page preview", robots: { index: false } };

function notFoundIfMissing(err: unknown): never {
  if (err instanceof AppError && err.code === "not_found") notFound();
  throw err;
}

const NOTE: Record<DatasetPublication, string> = {
  public: "The public site shows it after the next export.",
  private: "Not on the public site: it is private.",
  draft: "Not on the public site: it is a draft (not published).",
};

/**
 * The dataset's public page rendered live from the database on every request, before the next
 * export puts it on the static site. (Also the dynamic side of `npm run bench -- public-serving`.)
 * The reader is signed in (the `/app` layout), so the page links back to the dataset instead of
 * the visitor's sign-in prompt, and a dataset that is not going public says so instead of showing
 * a publication date.
 */
export default async function PublicPreviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await pageServiceContext();
  const preview = await previewPublicDataset(ctx, slug).catch(notFoundIfMissing);
  const publication: DatasetPublication = preview.publication;
  const renderedAt = new Date().toISOString();
  const note = (
    <p className="snapshot-note small muted">
      Live preview from the database, <time dateTime={renderedAt}>{renderedAt.slice(0, 16).replace("T", " ")} UTC</time>. {NOTE[publication]}
    </p>
  );
  const action = (
    <Link className="btn" href={`/app/datasets/${encodeURIComponent(preview.dataset.slug)}`}>
      Back to the dataset
    </Link>
  );
  return <PublicDatasetView dataset={preview.dataset} generatedAt={renderedAt} note={note} publication={publication} action={action} />;
}
