import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, uniqueSlug, uploadForm } from "./client";

const targets = inject("targets");
type Item = { slug: string; visibility: string; publishedAt: string | null; title: string };

async function createDataset(target: (typeof targets)[number], fields: Record<string, string>) {
  const res = await call(target, "/api/datasets", { method: "POST", key: DEMO_RESEARCHER.apiKey, body: uploadForm(fields, [{ name: "seq.fasta", bytes: ">s1 test\nACGTNNACGT\n" }]) });
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data as unknown as Item & { canEdit: boolean };
}

describe.each(targets)("dataset API contract on $name", (target) => {
  const key = DEMO_RESEARCHER.apiKey;

  it("anonymous lists contain only public published datasets, with cursor pages that do not overlap", async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(target, `/api/datasets?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const items = res.data.items as Item[];
      for (const item of items) {
        expect(item.visibility).toBe("public");
        expect(item.publishedAt).not.toBeNull();
        expect(seen.has(item.slug)).toBe(false);
        seen.add(item.slug);
      }
      cursor = res.data.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 200);
    expect(seen.size).toBeGreaterThan(5);
  });

  it("signed-in lists include the caller's own private and draft datasets", async () => {
    const draft = await createDataset(target, { title: "My draft for listing", slug: uniqueSlug("draft"), visibility: "private" });
    const mine = await call(target, "/api/datasets?mine=1&limit=100", { key });
    expect((mine.data.items as Item[]).map((i) => i.slug)).toContain(draft.slug);
    const anon = await call(target, `/api/datasets?limit=100&q=${encodeURIComponent("My draft for listing")}`);
    expect((anon.data.items as Item[]).map((i) => i.slug)).not.toContain(draft.slug);
  });

  it("filters by format, tag and text", async () => {
    const slug = uniqueSlug("filtered");
    await createDataset(target, { title: "Zymomonas filter probe", slug, tags: "probe-tag, other", visibility: "public" });
    await call(target, `/api/datasets/${slug}/publish`, { method: "POST", key });
    const byTag = await call(target, "/api/datasets?tag=probe-tag");
    expect((byTag.data.items as Item[]).map((i) => i.slug)).toContain(slug);
    const byText = await call(target, "/api/datasets?q=zymomonas");
    expect((byText.data.items as Item[]).map((i) => i.slug)).toContain(slug);
    // Punctuation alone is no search term: nothing matches (not everything).
    for (const q of ["%", "_", "-", "..."]) expect((await call(target, `/api/datasets?q=${encodeURIComponent(q)}`)).data.items, q).toEqual([]);
    const byFormat = await call(target, "/api/datasets?format=pdb&limit=100");
    expect((byFormat.data.items as Array<{ format: string }>).every((i) => i.format === "pdb")).toBe(true);
  });

  it("publish makes a public dataset visible to anonymous readers; unpublish hides it again", async () => {
    const ds = await createDataset(target, { title: "Publish round trip", slug: uniqueSlug("pub"), visibility: "public" });
    expect((await call(target, `/api/datasets/${ds.slug}`)).status).toBe(404);
    const pub = await call(target, `/api/datasets/${ds.slug}/publish`, { method: "POST", key });
    expect(pub.status).toBe(200);
    expect(pub.data.publishedAt).not.toBeNull();
    expect((await call(target, `/api/datasets/${ds.slug}`)).status).toBe(200);
    expect((await call(target, `/api/datasets/${ds.slug}/publish`, { method: "DELETE", key })).status).toBe(200);
    expect((await call(target, `/api/datasets/${ds.slug}`)).status).toBe(404);
  });

  it("updates metadata and validates the body with JSON pointers", async () => {
    const ds = await createDataset(target, { title: "Metadata edits", slug: uniqueSlug("meta") });
    const ok = await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key, json: { title: "Metadata edited", tags: ["a", "b"], organism: "Escherichia coli" } });
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ title: "Metadata edited", tags: ["a", "b"], organism: "Escherichia coli" });

    const invalid = await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key, json: { title: "x", visibility: "secret" } });
    expect(invalid.status).toBe(400);
    const pointers = (invalid.data.errors as Array<{ pointer: string }>).map((e) => e.pointer).sort();
    expect(pointers).toEqual(["/title", "/visibility"]);

    const malformed = await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key, body: '{"title": ', headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.data.code).toBe("invalid_json");
    expect(malformed.data.errors).toEqual([expect.objectContaining({ pointer: "" })]);

    const wrongType = await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key, body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(wrongType.status).toBe(415);
  });

  it("forbids edits by a reader who is not owner or lab member (403) and hides drafts (404)", async () => {
    const ds = await createDataset(target, { title: "Someone else's", slug: uniqueSlug("others"), visibility: "public" });
    expect((await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { title: "Hijacked" } })).status).toBe(404);
    await call(target, `/api/datasets/${ds.slug}/publish`, { method: "POST", key });
    expect((await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { title: "Hijacked" } })).status).toBe(403);
    expect((await call(target, `/api/datasets/${ds.slug}`, { method: "DELETE", key: DEMO_ADMIN.apiKey })).status).toBe(403);
    expect((await call(target, `/api/datasets/${ds.slug}`, { method: "PATCH", json: { title: "Anon" } })).status).toBe(401);
  });

  it("deletes a dataset", async () => {
    const ds = await createDataset(target, { title: "To be deleted", slug: uniqueSlug("del") });
    expect((await call(target, `/api/datasets/${ds.slug}`, { method: "DELETE", key })).status).toBe(204);
    expect((await call(target, `/api/datasets/${ds.slug}`, { key })).status).toBe(404);
  });

  it("stars and unstars idempotently", async () => {
    const ds = await createDataset(target, { title: "Star me", slug: uniqueSlug("star"), visibility: "public" });
    await call(target, `/api/datasets/${ds.slug}/publish`, { method: "POST", key });
    for (let i = 0; i < 2; i++) expect((await call(target, `/api/datasets/${ds.slug}/star`, { method: "PUT", key: DEMO_ADMIN.apiKey })).data).toEqual({ starred: true, starCount: 1 });
    expect((await call(target, `/api/datasets/${ds.slug}/star`, { method: "DELETE", key: DEMO_ADMIN.apiKey })).data).toEqual({ starred: false, starCount: 0 });
    expect((await call(target, `/api/datasets/${ds.slug}/star`, { method: "PUT" })).status).toBe(401);
  });

  it("rejects a malformed cursor and out-of-range limit", async () => {
    expect((await call(target, "/api/datasets?cursor=garbage")).status).toBe(400);
    const res = await call(target, "/api/datasets?limit=1000");
    expect(res.status).toBe(400);
    expect(res.data.errors).toEqual([expect.objectContaining({ pointer: "/limit" })]);
  });

  it("reports health with the database kind", async () => {
    const res = await call(target, "/api/health");
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ status: "ok", db: target.name, dbReachable: true });
  });
});
