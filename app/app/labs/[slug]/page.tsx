import type { Metadata } from "next";
import { LabDetail } from "@/lib/ui/labs/lab-detail";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Lab ${(await params).slug}` };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <LabDetail slug={slug} />;
}
