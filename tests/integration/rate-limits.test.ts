import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../harness/app-server";
import { DEMO_ADMIN } from "./client";

/**
 * Edge rate limits at their real size, on an app of their own with `CYANEA_RATE_LIMIT_SCALE=1`:
 * the shared servers run with the limits scaled ×100 for the rest of the suite, and spending their
 * budgets would starve the other tests.
 * - A flood of export triggers (route class `export`: 5 per hour per client, lib/edge/config.ts).
 * - Sign-in attempts per address (class `signin`: 10 per minute per IP) cannot be spread over
 *   forged `X-Real-IP` / `X-Forwarded-For` headers: the server stamps the socket address.
 */
describe("edge rate limits at scale 1", () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startApp({ env: { CYANEA_RATE_LIMIT_SCALE: "1", CYANEA_EXPORT_SCHEDULER: "off", CYANEA_LOG_LEVEL: "error" } });
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it("lets the class limit through, then answers 429 problem+json with Retry-After", async () => {
    const statuses: number[] = [];
    const limited: Response[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${app.url}/api/admin/exports`, { method: "POST", headers: { authorization: `Bearer ${DEMO_ADMIN.apiKey}` } });
      statuses.push(res.status);
      if (res.status === 429) limited.push(res);
      else await res.body?.cancel();
    }
    // The first five reach the route: one starts an export, the others find it running (409) or finished (202).
    for (const s of statuses.slice(0, 5)) expect([202, 409]).toContain(s);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    for (const res of limited) {
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 3600, `Retry-After ${retryAfter}`).toBe(true);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 429 });
    }
    // Reading the history is another class: the admin page keeps working during the flood.
    const overview = await fetch(`${app.url}/api/admin/exports`, { headers: { authorization: `Bearer ${DEMO_ADMIN.apiKey}` } });
    expect(overview.status).toBe(200);
  });

  it("counts sign-in attempts per socket address, whatever address headers the client sends", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-real-ip": `198.51.100.${i + 1}`, "x-forwarded-for": `203.0.113.${i + 1}` },
        // A different (unknown) account each time: the per-account limit stays out of the way.
        body: new URLSearchParams({ email: `nobody-${i}@example.org`, password: "wrong-password" }),
      });
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses.slice(0, 10).every((s) => s !== 429), statuses.join(" ")).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("limits uploads, which stream past the edge, in their route with the write class", async () => {
    // Anonymous callers are keyed by address: 120 writes per minute reach the route (401 there), then 429.
    const upload = () =>
      fetch(`${app.url}/api/datasets`, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--\r\n" });
    // The bucket refills at 2 tokens/s while the loop runs: a 429 comes a few requests after the 120th.
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 160 && !limited; i++) {
      const res = await upload();
      statuses.push(res.status);
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    expect(new Set(statuses.slice(0, 120))).toEqual(new Set([401]));
    if (!limited) throw new Error(`no 429 in ${statuses.length} uploads`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-policy")).toBe('"write";q=120;w=60');
    expect(await limited.json()).toMatchObject({ status: 429, code: "rate_limited" });
  });
});
