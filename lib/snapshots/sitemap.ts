/**
 * Sitemaps (sitemaps.org protocol 0.9) of every public page of a snapshot. Up to 50,000 URLs,
 * `/sitemap.xml` is one `<urlset>`; past that it is a `<sitemapindex>` naming child sitemaps
 * `/sitemaps/1.xml`, `/sitemaps/2.xml`, … of at most 50,000 URLs each ("A Sitemap file can
 * contain no more than 50,000 URLs"; "Sitemap index files", https://www.sitemaps.org/protocol.html).
 */
import "server-only";
import { categoryHref, datasetHref, labHref, protocolHref, spaceHref } from "@/lib/ui/public/links";
import type { Snapshot } from "./reader";
import { xmlEscape } from "./site-url";

/** sitemaps.org: at most 50,000 URLs per sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000;

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** One page: its path (percent-encoded, as pages link it) and when it last changed. */
export interface SitemapEntry {
  path: string;
  lastmod: string;
}

/** `/sitemap.xml` and, when it is an index, the child sitemaps it names (`parts[0]` is `/sitemaps/1.xml`). */
export interface SitemapSet {
  root: string;
  parts: string[];
}

/** Every public page of the snapshot, most important first (the order of the child sitemaps). */
export async function sitemapEntries(snap: Snapshot): Promise<SitemapEntry[]> {
  const [datasets, protocols, spaces, labs, formats, organisms, tags] = await Promise.all([
    snap.file("datasets.json"),
    snap.file("protocols.json"),
    snap.file("spaces.json"),
    snap.file("labs.json"),
    snap.file("by-format.json"),
    snap.file("by-organism.json"),
    snap.file("by-tag.json"),
  ]);
  const entries: SitemapEntry[] = [
    { path: "/", lastmod: snap.generatedAt },
    { path: "/explore", lastmod: snap.generatedAt },
    { path: "/trending", lastmod: snap.generatedAt },
  ];
  for (const l of labs) entries.push({ path: labHref(l.slug), lastmod: l.createdAt });
  for (const p of protocols) entries.push({ path: protocolHref(p.slug), lastmod: p.updatedAt });
  for (const s of spaces) entries.push({ path: spaceHref(s.slug), lastmod: s.updatedAt });
  for (const c of [...formats, ...organisms, ...tags]) entries.push({ path: categoryHref(c.kind, c.value), lastmod: c.datasets[0]?.date ?? snap.generatedAt });
  for (const d of datasets) entries.push({ path: datasetHref(d.slug), lastmod: d.updatedAt });
  return entries;
}

/** The path of child sitemap `n` (1-based). */
export function sitemapPartPath(n: number): string {
  return `/sitemaps/${n}.xml`;
}

/** The child sitemap number in a `/sitemaps/<n>.xml` file name (`"3.xml"` → 3), or null. */
export function parseSitemapPartFile(file: string): number | null {
  const m = /^([1-9]\d{0,5})\.xml$/.exec(file);
  return m ? Number(m[1]) : null;
}

function urlset(entries: readonly SitemapEntry[], origin: string): string {
  const parts = [`${XML_DECL}<urlset xmlns="${NS}">\n`];
  for (const e of entries) parts.push(`<url><loc>${xmlEscape(origin + e.path)}</loc><lastmod>${xmlEscape(e.lastmod)}</lastmod></url>\n`);
  parts.push("</urlset>\n");
  return parts.join("");
}

/**
 * The sitemap documents for `entries`: one `<urlset>` when they fit in `limit` URLs, else an
 * index (each child's `<lastmod>` the newest of its entries) and the children.
 */
export function buildSitemapSet(entries: readonly SitemapEntry[], origin: string, limit = SITEMAP_URL_LIMIT): SitemapSet {
  if (entries.length <= limit) return { root: urlset(entries, origin), parts: [] };
  const parts: string[] = [];
  const index = [`${XML_DECL}<sitemapindex xmlns="${NS}">\n`];
  for (let start = 0; start < entries.length; start += limit) {
    const chunk = entries.slice(start, start + limit);
    parts.push(urlset(chunk, origin));
    const newest = chunk.reduce((max, e) => (e.lastmod > max ? e.lastmod : max), "");
    index.push(`<sitemap><loc>${xmlEscape(origin + sitemapPartPath(parts.length))}</loc><lastmod>${xmlEscape(newest)}</lastmod></sitemap>\n`);
  }
  index.push("</sitemapindex>\n");
  return { root: index.join(""), parts };
}

/** Built once per (snapshot, origin): a sitemap of 100k datasets costs tens of ms to serialise. */
const built = new Map<string, Promise<SitemapSet>>();

/** The sitemap documents of `snap` for `origin`, memoised for the two most recent keys. */
export function sitemapSetFor(snap: Snapshot, origin: string): Promise<SitemapSet> {
  const key = `${snap.id} ${origin}`;
  let set = built.get(key);
  if (!set) {
    set = sitemapEntries(snap).then((entries) => buildSitemapSet(entries, origin));
    set.catch(() => built.delete(key));
    built.set(key, set);
    while (built.size > 2) built.delete(built.keys().next().value as string);
  }
  return set;
}
