import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, sampleFile, uniqueSlug, uploadForm } from "./client";

const targets = inject("targets");

function stagingEntries(dataDir: string): string[] {
  try {
    return fs.readdirSync(path.join(dataDir, "files", ".staging"));
  } catch {
    return [];
  }
}

describe.each(targets)("dataset uploads on $name", (target) => {
  const key = DEMO_RESEARCHER.apiKey;

  it.each([
    ["sars-cov-2_MN908947.fasta", "fasta"],
    ["example.fastq", "fastq"],
    ["NC_005816.gb", "genbank"],
    ["1crn.pdb", "pdb"],
    ["1CRN.cif", "mmcif"],
    ["penguins.csv", "csv"],
  ])("publishes %s as a %s dataset with its sha256", async (file, format) => {
    const slug = uniqueSlug(format);
    const bytes = sampleFile(file);
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: `Upload of ${file}`, slug, visibility: "public" }, [{ name: file, bytes }]) });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    const files = res.data.files as Array<{ sha256: string; format: string; sizeBytes: number; downloadUrl: string; previewUrl: string }>;
    expect(files).toHaveLength(1);
    expect(files[0]!.format).toBe(format);
    expect(files[0]!.sizeBytes).toBe(bytes.length);
    expect(files[0]!.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));

    const download = await call(target, files[0]!.downloadUrl, { key });
    expect(download.status).toBe(200);
    expect(download.data).toBe(bytes.toString("utf8"));
    expect(download.headers.get("content-disposition")).toContain(file);
    // The sha256 is a strong ETag: a client that has the bytes gets 304 and no body.
    expect(download.headers.get("etag")).toBe(`"${files[0]!.sha256}"`);
    const revalidated = await call(target, files[0]!.downloadUrl, { key, headers: { "if-none-match": `W/"x", "${files[0]!.sha256}"` } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(`"${files[0]!.sha256}"`);

    const preview = await call(target, files[0]!.previewUrl, { key });
    expect(preview.status).toBe(200);
    expect(preview.data.format).toBe(format);
  });

  it("rejects a malformed GenBank file with the line, and stores nothing", async () => {
    const slug = uniqueSlug("broken-gb");
    const good = sampleFile("NC_005816.gb").toString("utf8");
    const broken = good.replace("CDS             87..1109", "CDS             87..1x09");
    expect(broken).not.toBe(good);
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Broken GenBank", slug }, [{ name: "broken.gb", bytes: broken }]) });
    expect(res.status).toBe(422);
    expect(res.type).toContain("application/problem+json");
    expect(res.data.detail).toMatch(/broken\.gb: GenBank line \d+/);
    expect(res.data.line).toBeTypeOf("number");
    expect((await call(target, `/api/datasets/${slug}`, { key })).status).toBe(404);
    expect(stagingEntries(target.dataDir)).toEqual([]);
  });

  it("rejects content that matches no supported format (422)", async () => {
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Random notes", slug: uniqueSlug("notes") }, [{ name: "notes.txt", bytes: "just some words\nand more words\n" }]) });
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/notes\.txt/);
    expect(res.data.detail).toMatch(/FASTA/);
  });

  it("rejects a file whose extension contradicts its content (422 naming both)", async () => {
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Mislabelled", slug: uniqueSlug("mislabelled") }, [{ name: "structure.pdb", bytes: sampleFile("NC_005816.fna") }]) });
    expect(res.status).toBe(422);
    expect(res.data.detail).toMatch(/PDB/);
    expect(res.data.detail).toMatch(/FASTA/);
  });

  it("answers 413 past the upload limit and stores nothing", async () => {
    const slug = uniqueSlug("too-big");
    const line = "ACGTACGTAC".repeat(6) + "\n";
    const big = ">big\n" + line.repeat(Math.ceil((target.uploadLimitBytes + 1024) / line.length));
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Too big", slug }, [{ name: "big.fasta", bytes: big }]) });
    expect(res.status).toBe(413);
    expect(res.data.detail).toMatch(/MB limit/);
    expect((await call(target, `/api/datasets/${slug}`, { key })).status).toBe(404);
    expect(stagingEntries(target.dataDir)).toEqual([]);
  });

  it("answers 409 for a taken slug without storing the file", async () => {
    const slug = uniqueSlug("dup");
    const form = () => uploadForm({ title: "Duplicate slug", slug }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]);
    expect((await call(target, "/api/datasets", { method: "POST", key, body: form() })).status).toBe(201);
    const second = await call(target, "/api/datasets", { method: "POST", key, body: form() });
    expect(second.status).toBe(409);
    expect(second.data.errors).toEqual([{ pointer: "/slug", detail: "slug is taken" }]);
  });

  it("requires authentication to upload (401)", async () => {
    const res = await call(target, "/api/datasets", { method: "POST", body: uploadForm({ title: "Anonymous" }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]) });
    expect(res.status).toBe(401);
    expect(res.type).toContain("application/problem+json");
  });

  it("rejects an invalid API key with 401 rather than treating the caller as anonymous", async () => {
    const res = await call(target, "/api/datasets", { key: "cyk_notarealkey000_" + "a".repeat(32) + "_0000000" });
    expect(res.status).toBe(401);
  });

  it("dedupes concurrent uploads of the same bytes by sha256", async () => {
    const bytes = sampleFile("NC_005816.ffn");
    const sha = createHash("sha256").update(bytes).digest("hex");
    const results = await Promise.all(
      [1, 2, 3].map((i) => call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: `Same bytes ${i}`, slug: uniqueSlug("same") }, [{ name: "cds.ffn", bytes }]) })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const blobDir = path.join(target.dataDir, "files", sha.slice(0, 2), sha.slice(2, 4));
    expect(fs.readdirSync(blobDir).filter((n) => n === sha)).toHaveLength(1);
  });

  it("hides a private dataset from other users as 404 and from anonymous lists", async () => {
    const slug = uniqueSlug("private");
    const created = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Private upload", slug, visibility: "private" }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]) });
    expect(created.status).toBe(201);
    expect((await call(target, `/api/datasets/${slug}`, { key: DEMO_ADMIN.apiKey })).status).toBe(404);
    expect((await call(target, `/api/datasets/${slug}`)).status).toBe(404);
    expect((await call(target, `/api/datasets/${slug}`, { key })).status).toBe(200);
  });
});
