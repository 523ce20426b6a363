/**
 * Atom 1.0 feed (RFC 4287) and robots.txt built from a snapshot (the sitemap: sitemap.ts).
 * Pure string builders: the route handlers add headers and caching.
 */
import "server-only";
import type { RecentEntry } from "@/export/snapshot-schema";
import { datasetHref } from "@/lib/ui/public/links";
import type { Snapshot } from "./reader";
import { xmlEscape } from "./site-url";

/** Entries in the Atom feed (the snapshot's recent list holds up to RECENT_LIMIT). */
export const FEED_ENTRY_LIMIT = 50;

/** A recent dataset with the time its entry last changed. */
interface FeedItem {
  entry: RecentEntry;
  /** RFC 4287 §4.2.15: the last significant change — the dataset's updatedAt, never before it was published. */
  updated: string;
}

function feedEntry({ entry, updated }: FeedItem, origin: string): string {
  const url = xmlEscape(origin + datasetHref(entry.slug));
  const lines = [
    "  <entry>",
    `    <id>${url}</id>`,
    `    <title>${xmlEscape(entry.title)}</title>`,
    `    <updated>${xmlEscape(updated)}</updated>`,
    `    <published>${xmlEscape(entry.date)}</published>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <author><name>${xmlEscape(entry.owner.name)}</name></author>`,
  ];
  if (entry.description) lines.push(`    <summary type="text">${xmlEscape(entry.description)}</summary>`);
  if (entry.format) lines.push(`    <category term="${xmlEscape(entry.format)}" label="format"/>`);
  for (const tag of entry.tags) lines.push(`    <category term="${xmlEscape(tag)}"/>`);
  lines.push("  </entry>");
  return lines.join("\n");
}

/** What the feed reads of a snapshot (a `Snapshot`; tests pass a stand-in). */
export type FeedSource = Pick<Snapshot, "file" | "dataset" | "generatedAt">;

/** Later of two ISO-8601 UTC times of the same format (they sort as strings). */
const later = (a: string, b: string) => (b > a ? b : a);

async function feedItems(snap: FeedSource): Promise<FeedItem[]> {
  const recent = (await snap.file("recent.json")).slice(0, FEED_ENTRY_LIMIT);
  // The recent list holds publication times only; the update time is on the dataset (same snapshot).
  return Promise.all(recent.map(async (entry) => ({ entry, updated: later(entry.date, (await snap.dataset(entry.slug))?.updatedAt ?? entry.date) })));
}

/** Atom feed of the most recently published public datasets; `snap` null gives a valid empty feed. */
export async function buildAtomFeed(snap: FeedSource | null, origin: string, now: Date): Promise<string> {
  const items = snap ? await feedItems(snap) : [];
  // RFC 4287 §4.2.15: the feed's <updated> is the most recent instant it changed — the latest of its
  // entries' <updated> (a dataset edited after publication counts), not the newest publication.
  const updated = items.reduce((max, item) => later(max, item.updated), "") || snap?.generatedAt || now.toISOString();
  const self = xmlEscape(`${origin}/feed.xml`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${self}</id>`,
    "  <title>Cyanea — recently published datasets</title>",
    "  <subtitle>Public datasets, newest first, from the latest Cyanea snapshot.</subtitle>",
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${self}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/`)}"/>`,
    "  <author><name>Cyanea</name></author>",
    "  <generator>Cyanea</generator>",
    ...items.map((item) => feedEntry(item, origin)),
    "</feed>",
    "",
  ].join("\n");
}

/** robots.txt: the public catalogue is crawlable; the signed-in app, admin and API are not. */
export function buildRobots(origin: string): string {
  return ["User-agent: *", "Allow: /", "Disallow: /app/", "Disallow: /admin/", "Disallow: /api/", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
