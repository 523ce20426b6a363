import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, uniqueSlug, uploadForm } from "./client";
import type { Target } from "./global-setup";

const targets = inject("targets");
const PUBLIC_CACHE_CONTROL = "public, s-maxage=300, stale-while-revalidate=86400";

/** Triggers an export as the admin and waits until a run that started after `since` succeeded. */
async function exportAndWait(target: Target, since: number): Promise<string> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const started = await call(target, "/api/admin/exports", { method: "POST", key: DEMO_ADMIN.apiKey });
    expect([202, 409], JSON.stringify(started.data)).toContain(started.status);
    if (started.status === 202) {
      const runId = started.data.runId as string;
      for (let i = 0; i < 240; i++) {
        const overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
        const run = (overview.data.runs as Array<{ id: string; status: string; snapshotId: string | null; startedAt: string }>).find((r) => r.id === runId);
        if (run && run.status !== "running") {
          expect(run.status).toBe("succeeded");
          expect(Date.parse(run.startedAt)).toBeGreaterThanOrEqual(since - 1000);
          return run.snapshotId!;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error("export did not finish");
    }
    // Another export (the schedule's or another test's) runs and may predate the publication: wait and trigger our own.
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("could not start an export");
}

async function publishDataset(target: Target, title: string): Promise<string> {
  const slug = uniqueSlug("freshness");
  const created = await call(target, "/api/datasets", {
    method: "POST",
    key: DEMO_RESEARCHER.apiKey,
    body: uploadForm({ title, slug, visibility: "public", description: "Published to check that the static pages follow the exports." }, [{ name: "fresh.fasta", bytes: ">fresh\nACGTACGTAC\n" }]),
  });
  expect(created.status, JSON.stringify(created.data)).toBe(201);
  const published = await call(target, `/api/datasets/${slug}/publish`, { method: "POST", key: DEMO_RESEARCHER.apiKey });
  expect(published.status).toBe(200);
  return slug;
}

/**
 * Public pages are static (cached per data dir by lib/page-cache) and follow the exports: a newly
 * published dataset appears right after an admin-triggered export, not before; the other
 * instance, which shares the build but not the data dir, never shows it.
 */
/** Snapshot ids of the page-cache entries on disk under `dataDir`. */
function cachedSnapshotIds(dataDir: string): string[] {
  const ids: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".json") && entry.name !== "tags.json") {
        try {
          ids.push((JSON.parse(fs.readFileSync(full, "utf8")) as { snapshotId: string }).snapshotId);
        } catch {
          // An entry being replaced right now: counted on the next pass.
        }
      }
    }
  };
  walk(path.join(dataDir, "cache", "pages"));
  return ids;
}

describe.each(targets)("static public pages on $name", (target) => {
  it("are served from the page cache with the public Cache-Control", async () => {
    await call(target, "/explore");
    const res = await call(target, "/explore");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(res.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(fs.readdirSync(path.join(target.dataDir, "cache", "pages")).length).toBeGreaterThan(0);
  });

  it("show a newly published dataset right after an admin-triggered export", async () => {
    const title = `Freshness check ${Date.now().toString(36)} on ${target.name}`;
    const slug = await publishDataset(target, title);

    // Until the next export the page is the cached 404 of the old snapshot: static, not rendered from the database.
    const before = await call(target, `/datasets/${slug}`);
    expect(before.status).toBe(404);
    expect(before.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(String((await call(target, "/")).data)).not.toContain(title);

    const snapshotId = await exportAndWait(target, Date.now());
    const manifest = JSON.parse(fs.readFileSync(path.join(target.dataDir, "exports", snapshotId, "manifest.json"), "utf8")) as { generatedAt: string };

    const page = await call(target, `/datasets/${slug}`);
    expect(page.status).toBe(200);
    expect(String(page.data)).toContain(title);
    expect(String(page.data)).toContain(`dateTime="${manifest.generatedAt}"`);
    const landing = String((await call(target, "/")).data);
    expect(landing).toContain(title);
    expect(landing).toContain(`dateTime="${manifest.generatedAt}"`);
    const again = await call(target, `/datasets/${slug}`);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");

    // The other instance runs the same build on its own data dir: its pages never show this dataset.
    const other = targets.find((t) => t !== target)!;
    await exportAndWait(other, Date.now());
    expect((await call(other, `/datasets/${slug}`)).status).toBe(404);
    expect(String((await call(other, "/")).data)).not.toContain(title);
  });

  it("drop a dataset made private, or unpublished, within seconds and without an admin export", async () => {
    const hidden = await publishDataset(target, `Withdrawn later ${Date.now().toString(36)} on ${target.name}`);
    const unpublished = await publishDataset(target, `Unpublished later ${Date.now().toString(36)} on ${target.name}`);
    await exportAndWait(target, Date.now());
    expect((await call(target, `/datasets/${hidden}`)).status).toBe(200);
    expect((await call(target, `/datasets/${unpublished}`)).status).toBe(200);

    const patched = await call(target, `/api/datasets/${hidden}`, { method: "PATCH", key: DEMO_RESEARCHER.apiKey, json: { visibility: "private" } });
    expect(patched.status).toBe(200);
    expect((await call(target, `/api/datasets/${unpublished}/publish`, { method: "DELETE", key: DEMO_RESEARCHER.apiKey })).status).toBe(200);
    const statuses = async () => [(await call(target, `/datasets/${hidden}`)).status, (await call(target, `/datasets/${unpublished}`)).status];
    let now = await statuses();
    for (let i = 0; i < 120 && now.some((s) => s !== 404); i++) {
      await new Promise((r) => setTimeout(r, 250));
      now = await statuses();
    }
    expect(now).toEqual([404, 404]);
    const overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
    expect((overview.data.runs as Array<{ trigger: string; status: string }>).some((r) => r.trigger === "withdrawal" && r.status === "succeeded")).toBe(true);
  });

  it.skipIf(!target.warmsPages)("are rendered for the new snapshot right after an export, before anyone visits", async () => {
    const snapshotId = await exportAndWait(target, Date.now());
    let rendered = 0;
    for (let i = 0; i < 120 && rendered < 10; i++) {
      rendered = cachedSnapshotIds(target.dataDir).filter((id) => id === snapshotId).length;
      if (rendered < 10) await new Promise((r) => setTimeout(r, 250));
    }
    // The landing page, explore, trending and the first labs, protocols, spaces and categories.
    expect(rendered).toBeGreaterThanOrEqual(10);
  });
});
