import type { Metadata } from "next";
import { DatasetDetail } from "@/lib/ui/datasets/dataset-detail";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Dataset ${(await params).slug}` };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <DatasetDetail slug={slug} />;
}
