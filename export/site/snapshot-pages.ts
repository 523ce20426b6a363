/**
 * The path of every object and category page a snapshot holds. The sitemap stops at 50,000 URLs
 * and pages link only to ranked subsets, so the crawl is seeded from the snapshot itself too.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { categoryHref, datasetHref, labHref, protocolHref, spaceHref } from "@/lib/ui/public/links";
import type { SnapshotFileName, SnapshotFiles } from "../snapshot-schema";

async function read<N extends SnapshotFileName>(dir: string, name: N): Promise<SnapshotFiles[N]> {
  return JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as SnapshotFiles[N];
}

/** Paths (percent-encoded, as pages link them) of the pages of the snapshot in `dir`. */
export async function snapshotPagePaths(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const c of [...(await read(dir, "by-format.json")), ...(await read(dir, "by-organism.json")), ...(await read(dir, "by-tag.json"))]) out.push(categoryHref(c.kind, c.value));
  for (const l of await read(dir, "labs.json")) out.push(labHref(l.slug));
  for (const p of await read(dir, "protocols.json")) out.push(protocolHref(p.slug));
  for (const s of await read(dir, "spaces.json")) out.push(spaceHref(s.slug));
  // The largest file: read, mapped to slugs and dropped before the crawl starts.
  for (const d of await read(dir, "datasets.json")) out.push(datasetHref(d.slug));
  return out;
}
