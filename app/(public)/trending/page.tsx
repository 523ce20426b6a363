import type { Metadata } from "next";
import { currentSnapshot } from "@/lib/snapshots/current";
import { ItemList } from "@/lib/ui/public/item-list";
import { PreparingState } from "@/lib/ui/public/preparing";
import { PublicHeader } from "@/lib/ui/public/public-header";
import { publicOpenGraph } from "@/lib/ui/public/metadata";

// Static: rendered once per snapshot, then served from the page cache (lib/page-cache).
export const dynamic = "error";

export const metadata: Metadata = {
  title: "Trending",
  description: "The datasets, protocols and spaces with the most recent activity on Cyanea.",
  alternates: { canonical: "/trending" },
  openGraph: publicOpenGraph({ type: "website", title: "Trending on Cyanea", url: "/trending" }),
};

/** Trending datasets, protocols and spaces, with the scoring rule spelled out. */
export default async function TrendingPage() {
  const snap = await currentSnapshot();
  if (!snap) return <PreparingState />;
  const trending = await snap.file("trending.json");
  const w = trending.weights;
  return (
    <>
      <PublicHeader
        title="Trending"
        subtitle={`Activity over the last ${trending.windowDays} days, each event weighted (star ${w.star}, fork ${w.fork}, download ${w.download}, view ${w.view}) and halved in weight every ${trending.halfLifeDays} days.`}
        generatedAt={snap.generatedAt}
      />
      <section className="section" aria-labelledby="t-datasets">
        <h2 id="t-datasets">Datasets</h2>
        <ItemList items={trending.datasets} empty="No dataset activity in this window." />
      </section>
      <section className="section" aria-labelledby="t-protocols">
        <h2 id="t-protocols">Protocols</h2>
        <ItemList items={trending.protocols} empty="No protocol activity in this window." />
      </section>
      <section className="section" aria-labelledby="t-spaces">
        <h2 id="t-spaces">Spaces</h2>
        <ItemList items={trending.spaces} empty="No space activity in this window." />
      </section>
    </>
  );
}
