import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call, uniqueSlug } from "./client";

const targets = inject("targets");
type Step = { position: number; title: string; body: string; durationMinutes: number | null };

describe.each(targets)("protocols, spaces, labs and keys on $name", (target) => {
  const key = DEMO_RESEARCHER.apiKey;

  it("creates, edits (replacing steps), publishes and deletes a protocol", async () => {
    const slug = uniqueSlug("protocol");
    const created = await call(target, "/api/protocols", {
      method: "POST",
      key,
      json: { title: "Gel extraction", slug, visibility: "public", steps: [{ title: "Excise band", body: "Under blue light." }, { title: "Dissolve", body: "50 °C, 10 min", durationMinutes: 10 }] },
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect((created.data.steps as Step[]).map((s) => [s.position, s.title])).toEqual([[0, "Excise band"], [1, "Dissolve"]]);

    const edited = await call(target, `/api/protocols/${slug}`, { method: "PATCH", key, json: { steps: [{ title: "Only step", body: "" }] } });
    expect(edited.status).toBe(200);
    expect((edited.data.steps as Step[]).map((s) => s.title)).toEqual(["Only step"]);

    expect((await call(target, `/api/protocols/${slug}`)).status).toBe(404);
    expect((await call(target, `/api/protocols/${slug}/publish`, { method: "POST", key })).status).toBe(200);
    expect((await call(target, `/api/protocols/${slug}`)).status).toBe(200);
    expect((await call(target, `/api/protocols/${slug}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { title: "Not yours" } })).status).toBe(403);

    const dup = await call(target, "/api/protocols", { method: "POST", key, json: { title: "Gel extraction", slug } });
    expect(dup.status).toBe(409);
    // A slug derived from a title is numbered instead (protocols, spaces and labs, like datasets).
    const title = `Same name ${uniqueSlug("t")}`;
    for (const kind of ["protocols", "spaces", "labs"] as const) {
      const body = kind === "labs" ? { name: title } : { title };
      const first = await call(target, `/api/${kind}`, { method: "POST", key, json: body });
      const second = await call(target, `/api/${kind}`, { method: "POST", key, json: body });
      expect([first.status, second.status], kind).toEqual([201, 201]);
      expect(second.data.slug).toBe(`${first.data.slug}-2`);
    }
    const bad = await call(target, "/api/protocols", { method: "POST", key, json: { title: "Bad steps", steps: [{ body: "no title" }] } });
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toEqual([expect.objectContaining({ pointer: "/steps/0/title" })]);

    expect((await call(target, `/api/protocols/${slug}`, { method: "DELETE", key })).status).toBe(204);
    expect((await call(target, `/api/protocols/${slug}`, { key })).status).toBe(404);
  });

  it("lists seeded public protocols anonymously", async () => {
    const res = await call(target, "/api/protocols?limit=50");
    expect(res.status).toBe(200);
    expect((res.data.items as unknown[]).length).toBeGreaterThanOrEqual(3);
  });

  it("creates a space on a readable dataset and refuses an unreadable one", async () => {
    const list = await call(target, "/api/datasets?limit=1");
    const datasetSlug = (list.data.items as Array<{ slug: string }>)[0]!.slug;
    const slug = uniqueSlug("space");
    const res = await call(target, "/api/spaces", { method: "POST", key, json: { title: "ORF scan", slug, datasetSlug, settings: { analysis: "orfs", minAa: 100 }, viewState: { zoom: [0, 500] } } });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect(res.data).toMatchObject({ settings: { analysis: "orfs", minAa: 100 }, viewState: { zoom: [0, 500] } });
    const missing = await call(target, "/api/spaces", { method: "POST", key, json: { title: "Nope", datasetSlug: "no-such-dataset-here" } });
    expect(missing.status).toBe(400);
    expect(missing.data.errors).toEqual([expect.objectContaining({ pointer: "/datasetSlug" })]);
  });

  it("shows lab members only to members and lets owners add members", async () => {
    const me = await call(target, "/api/me", { key });
    expect(me.status).toBe(200);
    const labs = me.data.labs as Array<{ slug: string; role: string }>;
    expect(labs.length).toBeGreaterThanOrEqual(1);
    const own = labs.find((l) => l.role === "owner")!;
    const asMember = await call(target, `/api/labs/${own.slug}`, { key });
    expect(asMember.data.members).not.toBeNull();
    const asAnon = await call(target, `/api/labs/${own.slug}`);
    if (asAnon.status === 200) expect(asAnon.data.members).toBeNull();

    const labSlug = uniqueSlug("lab");
    expect((await call(target, "/api/labs", { method: "POST", key, json: { name: "Test Lab", slug: labSlug } })).status).toBe(201);
    const add = await call(target, `/api/labs/${labSlug}/members`, { method: "POST", key, json: { email: DEMO_ADMIN.email, role: "member" } });
    expect([200, 201]).toContain(add.status);
    const notOwner = await call(target, `/api/labs/${labSlug}/members`, { method: "POST", key: DEMO_ADMIN.apiKey, json: { email: "nobody@cyanea.test" } });
    expect(notOwner.status).toBe(403);
    expect((await call(target, `/api/labs/${labSlug}/members`, { method: "POST", key, json: { email: "nobody-here@cyanea.test" } })).status).toBe(404);

    // Roles change by user id, as the member list shows members.
    const adminId = (add.data as { user: { id: string } }).user.id;
    const me2 = (me.data as { id: string }).id;
    expect((await call(target, `/api/labs/${labSlug}/members/${adminId}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { role: "owner" } })).status).toBe(403);
    const promoted = await call(target, `/api/labs/${labSlug}/members/${adminId}`, { method: "PATCH", key, json: { role: "owner" } });
    expect(promoted.status).toBe(200);
    expect(promoted.data).toMatchObject({ user: { id: adminId }, role: "owner" });
    expect((await call(target, `/api/labs/${labSlug}/members/${me2}`, { method: "PATCH", key, json: { role: "member" } })).status).toBe(200);
    // Now the admin is the only owner: demoting them is refused.
    expect((await call(target, `/api/labs/${labSlug}/members/${adminId}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { role: "member" } })).status).toBe(409);
    const bad = await call(target, `/api/labs/${labSlug}/members/${adminId}`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { role: "admin" } });
    expect(bad.status).toBe(400);
    expect((await call(target, `/api/labs/${labSlug}/members/00000000-0000-4000-8000-000000000000`, { method: "PATCH", key: DEMO_ADMIN.apiKey, json: { role: "member" } })).status).toBe(404);
  });

  it("creates an API key shown once, authenticates with it, and revokes it", async () => {
    const created = await call(target, "/api/keys", { method: "POST", key, json: { name: "ci key", scopes: ["read"] } });
    expect(created.status).toBe(201);
    const secret = created.data.secret as string;
    const keyId = (created.data.key as { id: string }).id;
    expect(JSON.stringify((await call(target, "/api/keys", { key })).data)).not.toContain(secret.split("_")[2]!);
    expect((await call(target, "/api/me", { key: secret })).status).toBe(200);
    const write = await call(target, "/api/protocols", { method: "POST", key: secret, json: { title: "Read-only key write" } });
    expect(write.status).toBe(403);
    expect((await call(target, `/api/keys/${keyId}`, { method: "DELETE", key })).status).toBe(204);
    expect((await call(target, "/api/me", { key: secret })).status).toBe(401);
  });

  it("signs up a new account and rejects a duplicate email", async () => {
    const email = `${uniqueSlug("new")}@example.org`;
    const ok = await call(target, "/api/account/signup", { method: "POST", json: { email, password: "correct horse battery", name: "New Researcher" } });
    expect(ok.status).toBe(201);
    const again = await call(target, "/api/account/signup", { method: "POST", json: { email: email.toUpperCase(), password: "correct horse battery", name: "Again" } });
    expect(again.status).toBe(409);
    const weak = await call(target, "/api/account/signup", { method: "POST", json: { email: `x${email}`, password: "short", name: "Weak" } });
    expect(weak.status).toBe(400);
    expect(weak.data.errors).toEqual([expect.objectContaining({ pointer: "/password" })]);
  });

  it("never returns password hashes or key hashes", async () => {
    for (const path of ["/api/me", "/api/labs", "/api/keys", "/api/datasets?limit=5", "/api/protocols?limit=5"]) {
      const res = await call(target, path, { key });
      const text = JSON.stringify(res.data);
      expect(text).not.toMatch(/scrypt\$|passwordHash|secretHash|password_hash/);
    }
  });
});
