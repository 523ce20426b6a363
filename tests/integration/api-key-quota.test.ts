import { describe, expect, inject, it } from "vitest";
import { DEMO_RESEARCHER, call } from "./client";

const targets = inject("targets");

describe.each(targets)("API key daily quota on $name", (target) => {
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
});
