import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";
import { previewPublicDataset } from "@/lib/services/datasets/preview-public-dataset";
import { pageServiceContext } from "@/lib/services/page-context";
import { PublicDatasetView } from "@/lib/ui/public/dataset-view";
import "../../../../(public)/public.css";

export const metadata: Metadata = { title: "Public page preview", robots: { index: false } };

/**
 * The dataset's public page rendered live from the database on every request, before the next
 * export puts it on the static site. (Also the dynamic side of `npm run bench -- public-serving`.)
 */
export default async function PublicPreviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const preview = await previewPublicDataset(await pageServiceContext(), slug).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const renderedAt = new Date().toISOString();
  const note = (
    <p className="snapshot-note small muted">
      Live preview from the database, <time dateTime={renderedAt}>{renderedAt.slice(0, 16).replace("T", " ")} UTC</time>.{" "}
      {preview.willBePublic ? "The public site shows it after the next export." : "Not on the public site: it is private or not published."}
    </p>
  );
  return <PublicDatasetView dataset={preview.dataset} generatedAt={renderedAt} note={note} />;
}
