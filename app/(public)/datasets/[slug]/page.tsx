import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { PublicDatasetView } from "@/lib/ui/public/dataset-view";
import { summarize } from "@/lib/ui/public/format";
import { datasetHref } from "@/lib/ui/public/links";
import { notFoundMetadata, publicOpenGraph } from "@/lib/ui/public/metadata";
import { PublicNotFound } from "@/lib/ui/public/not-found";
import { PreparingState } from "@/lib/ui/public/preparing";

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
  const dataset = await (await currentSnapshot())?.dataset(slug);
  if (!dataset) return notFoundMetadata();
  const description = summarize(dataset.description || `${dataset.format.toUpperCase()} dataset on Cyanea`, 200);
  return {
    title: dataset.title,
    description,
    alternates: { canonical: datasetHref(dataset.slug) },
    openGraph: publicOpenGraph({ type: "article", title: dataset.title, description, url: datasetHref(dataset.slug), publishedTime: dataset.publishedAt, modifiedTime: dataset.updatedAt, tags: dataset.tags }),
  };
}

/** A public dataset: description, metadata and its files. */
export default async function DatasetPage({ params }: { params: Params }) {
  const { slug } = await params;
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const dataset = await snap.dataset(slug);
  if (!dataset) return <PublicNotFound />;
  return <PublicDatasetView dataset={dataset} generatedAt={snap.generatedAt} />;
}
