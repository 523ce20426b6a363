import type { Metadata } from "next";
import { ProtocolDetail } from "@/lib/ui/protocols/protocol-detail";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Protocol ${(await params).slug}` };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <ProtocolDetail slug={slug} />;
}
