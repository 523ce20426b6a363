import { describe, expect, it, vi } from "vitest";
import type { RecentEntry, SnapshotDataset } from "@/export/snapshot-schema";

vi.mock("server-only", () => ({}));

const { buildAtomFeed } = await import("./xml-documents");
type FeedSource = import("./xml-documents").FeedSource;

const ORIGIN = "https://catalogue.example.org";
const GENERATED_AT = "2026-12-04T12:00:00.000Z";

function recent(slug: string, publishedAt: string): RecentEntry {
  return { type: "dataset", slug, title: `Dataset ${slug}`, description: "", lab: null, owner: { handle: "h", name: "N" }, tags: [], format: "fasta", organism: null, date: publishedAt, starCount: 0 };
}

function source(entries: Array<{ slug: string; publishedAt: string; updatedAt?: string }>): FeedSource {
  const datasets = new Map(entries.filter((e) => e.updatedAt).map((e) => [e.slug, { slug: e.slug, publishedAt: e.publishedAt, updatedAt: e.updatedAt } as SnapshotDataset]));
  return {
    generatedAt: GENERATED_AT,
    file: (async () => entries.map((e) => recent(e.slug, e.publishedAt))) as unknown as FeedSource["file"],
    dataset: async (slug: string) => datasets.get(slug) ?? null,
  };
}

const feedUpdated = (xml: string) => /^ {2}<updated>([^<]*)<\/updated>/m.exec(xml)?.[1];
const entryUpdated = (xml: string) => [...xml.matchAll(/^ {4}<updated>([^<]*)<\/updated>/gm)].map((m) => m[1]);

describe("buildAtomFeed <updated> (RFC 4287 §4.2.15)", () => {
  it("dates each entry by its dataset's last update and the feed by the latest entry", async () => {
    // Newest first by publication; the older dataset was edited after the newer one was published.
    const xml = await buildAtomFeed(
      source([
        { slug: "new", publishedAt: "2026-12-03T10:00:00.000Z", updatedAt: "2026-12-03T10:00:00.000Z" },
        { slug: "old", publishedAt: "2026-11-01T10:00:00.000Z", updatedAt: "2026-12-04T09:30:00.000Z" },
      ]),
      ORIGIN,
      new Date("2026-12-05T00:00:00.000Z"),
    );
    expect(entryUpdated(xml)).toEqual(["2026-12-03T10:00:00.000Z", "2026-12-04T09:30:00.000Z"]);
    expect(xml).toContain("<published>2026-11-01T10:00:00.000Z</published>");
    expect(feedUpdated(xml)).toBe("2026-12-04T09:30:00.000Z");
  });

  it("never dates an entry before its publication, and falls back to it for a dataset it cannot find", async () => {
    const xml = await buildAtomFeed(
      source([
        { slug: "a", publishedAt: "2026-12-02T00:00:00.000Z", updatedAt: "2026-12-01T00:00:00.000Z" },
        { slug: "gone", publishedAt: "2026-11-30T00:00:00.000Z" },
      ]),
      ORIGIN,
      new Date(),
    );
    expect(entryUpdated(xml)).toEqual(["2026-12-02T00:00:00.000Z", "2026-11-30T00:00:00.000Z"]);
    expect(feedUpdated(xml)).toBe("2026-12-02T00:00:00.000Z");
  });

  it("uses the snapshot time for an empty feed, and now without a snapshot", async () => {
    expect(feedUpdated(await buildAtomFeed(source([]), ORIGIN, new Date()))).toBe(GENERATED_AT);
    expect(feedUpdated(await buildAtomFeed(null, ORIGIN, new Date("2026-12-05T00:00:00.000Z")))).toBe("2026-12-05T00:00:00.000Z");
  });
});
