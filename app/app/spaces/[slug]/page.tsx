import type { Metadata } from "next";
import { SpaceDetail } from "@/lib/ui/spaces/space-pages";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Space ${(await params).slug}` };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <SpaceDetail slug={slug} />;
}
