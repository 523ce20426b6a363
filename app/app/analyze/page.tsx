import type { Metadata } from "next";
import { Workbench } from "@/lib/ui/analyze/workbench";

export const metadata: Metadata = { title: "Analysis workbench" };

/** `/app/analyze[?space=<slug>]`: the in-browser analysis workbench. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { space } = await searchParams;
  const slug = typeof space === "string" && space !== "" ? space : null;
  return <Workbench key={slug ?? ""} spaceSlug={slug} />;
}
