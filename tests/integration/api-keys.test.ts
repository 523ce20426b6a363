import { describe, expect, inject, it } from "vitest";
import { DEMO_RESEARCHER, call } from "./client";

const targets = inject("targets");

describe.each(targets)("API keys on $name", (target) => {
  it("counts every request of a key in the database and answers 429 past the key's daily quota", async () => {
    const created = await call<{ key: { id: string; dailyQuota: number; usedToday: number }; secret: string }>(target, "/api/keys", {
      method: "POST",
      key: DEMO_RESEARCHER.apiKey,
      json: { name: "nightly script", scopes: ["read"], dailyQuota: 3 },
    });
    expect(created.status).toBe(201);
    expect(created.data.key).toMatchObject({ dailyQuota: 3, usedToday: 0 });
    const limited = created.data.secret;

    for (let i = 0; i < 3; i++) expect((await call(target, "/api/datasets?limit=1", { key: limited })).status, `request ${i + 1}`).toBe(200);
    const refused = await call(target, "/api/datasets?limit=1", { key: limited });
    expect(refused.status).toBe(429);
    expect(refused.type).toBe("application/problem+json");
    expect(refused.data).toMatchObject({ code: "rate_limited", quota: 3 });
    const resetAt = new Date(String(refused.data.resetAt));
    expect(resetAt.getUTCHours()).toBe(0);
    expect(resetAt.getTime()).toBeGreaterThan(Date.now());
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);

    // Other keys are unaffected; the owner sees today's count through a session-independent key.
    const list = await call<{ id: string; dailyQuota: number; usedToday: number }[]>(target, "/api/keys", { key: DEMO_RESEARCHER.apiKey });
    expect(list.status).toBe(200);
    expect(list.data.find((k) => k.id === created.data.key.id)).toMatchObject({ dailyQuota: 3, usedToday: 4 });
  });

  it("refuses a key quota above the server's", async () => {
    const res = await call(target, "/api/keys", { method: "POST", key: DEMO_RESEARCHER.apiKey, json: { name: "greedy", dailyQuota: 100_000_000 } });
    expect(res.status).toBe(400);
    expect(res.data.errors).toEqual([{ pointer: "/dailyQuota", detail: expect.stringMatching(/^at most \d+ requests a day$/) }]);
  });

  it("revoking a key revokes the keys minted with it, generation by generation, and nothing else", async () => {
    const mint = async (key: string, name: string) => {
      const res = await call<{ key: { id: string }; secret: string }>(target, "/api/keys", { method: "POST", key, json: { name } });
      expect(res.status, name).toBe(201);
      return res.data;
    };
    const parent = await mint(DEMO_RESEARCHER.apiKey, "ci parent");
    const child = await mint(parent.secret, "ci child");
    const grandchild = await mint(child.secret, "ci grandchild");
    const sibling = await mint(DEMO_RESEARCHER.apiKey, "ci sibling");
    for (const k of [parent, child, grandchild, sibling]) expect((await call(target, "/api/me", { key: k.secret })).status).toBe(200);

    expect((await call(target, `/api/keys/${parent.key.id}`, { method: "DELETE", key: DEMO_RESEARCHER.apiKey })).status).toBe(204);
    for (const k of [parent, child, grandchild]) expect((await call(target, "/api/me", { key: k.secret })).status).toBe(401);
    expect((await call(target, "/api/me", { key: sibling.secret })).status).toBe(200);
    expect((await call(target, "/api/me", { key: DEMO_RESEARCHER.apiKey })).status).toBe(200);
    const list = await call<{ id: string; revokedAt: string | null }[]>(target, "/api/keys", { key: DEMO_RESEARCHER.apiKey });
    const revoked = new Map(list.data.map((k) => [k.id, k.revokedAt]));
    expect([parent, child, grandchild].map((k) => revoked.get(k.key.id))).not.toContain(null);
    expect(revoked.get(sibling.key.id)).toBeNull();
  });
});
