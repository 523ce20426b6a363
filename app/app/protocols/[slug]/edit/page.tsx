import type { Metadata } from "next";
import { EditProtocolPage } from "@/lib/ui/protocols/protocol-editor-pages";

export const metadata: Metadata = { title: "Edit protocol" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <EditProtocolPage slug={slug} />;
}
