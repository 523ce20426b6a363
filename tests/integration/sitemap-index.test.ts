import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../harness/app-server";

const SNAPSHOT_ID = "20261204T120000Z-5e0a";
const GENERATED_AT = "2026-12-04T12:00:00.000Z";
const DATASETS = 60_000;

/** A snapshot with more pages than one sitemap may list, planted as `latest` (only the fields the sitemap reads). */
function plantSnapshot(dataDir: string): void {
  const dir = path.join(dataDir, "exports", SNAPSHOT_ID);
  fs.mkdirSync(dir, { recursive: true });
  const datasets = Array.from({ length: DATASETS }, (_, i) => ({ slug: `bulk-${String(i).padStart(5, "0")}`, updatedAt: GENERATED_AT }));
  const files: Record<string, unknown> = {
    "datasets.json": datasets,
    "protocols.json": [{ slug: "a-protocol", updatedAt: GENERATED_AT }],
    "spaces.json": [],
    "labs.json": [{ slug: "a-lab", createdAt: GENERATED_AT }],
    "by-format.json": [{ kind: "format", value: "fasta", count: DATASETS, datasets: [] }],
    "by-organism.json": [],
    "by-tag.json": [],
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ schemaVersion: 1, snapshotId: SNAPSHOT_ID, generatedAt: GENERATED_AT, counts: {}, files: {} }));
  fs.symlinkSync(SNAPSHOT_ID, path.join(dataDir, "exports", "latest"));
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

/**
 * Past 50,000 URLs `/sitemap.xml` is a sitemap index (sitemaps.org: "A Sitemap file can contain no
 * more than 50,000 URLs"). Its own app on a planted snapshot, with the export schedule off so the
 * snapshot stays `latest`.
 */
describe("sitemap index", () => {
  let app: AppServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-sitemap-"));
    plantSnapshot(dataDir);
    app = await startApp({ dataDir, env: { CYANEA_EXPORT_SCHEDULER: "off", CYANEA_LOG_LEVEL: "error" } });
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("names child sitemaps of at most 50,000 URLs that together list every page once", async () => {
    const res = await fetch(`${app.url}/sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/xml");
    const index = await res.text();
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const children = locs(index);
    expect(children).toEqual([`${app.url}/sitemaps/1.xml`, `${app.url}/sitemaps/2.xml`]);

    const all: string[] = [];
    for (const child of children) {
      const part = await fetch(child);
      expect(part.status).toBe(200);
      expect(part.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=86400");
      const xml = await part.text();
      expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const urls = locs(xml);
      expect(urls.length).toBeLessThanOrEqual(50_000);
      all.push(...urls);
    }
    // `/`, `/explore`, `/trending`, the lab, the protocol, the format page and every dataset.
    expect(all).toHaveLength(3 + 1 + 1 + 1 + DATASETS);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(`${app.url}/datasets/bulk-59999`);

    for (const missing of ["/sitemaps/3.xml", "/sitemaps/0.xml", "/sitemaps/a.xml"]) expect((await fetch(app.url + missing)).status, missing).toBe(404);
  });
});
