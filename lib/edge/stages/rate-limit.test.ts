import { describe, expect, it } from "vitest";
import { createPipelineConfig, type PipelineConfigOverrides } from "../config";
import { createEdgeContext } from "../pipeline";
import { TokenBucketLimiter, rateLimitStage, resolveClientIp, routeClass } from "./rate-limit";

function setup(overrides: PipelineConfigOverrides = {}, env: Record<string, string> = {}) {
  let now = Date.UTC(2026, 0, 1);
  const config = createPipelineConfig({ ...overrides, now: () => now }, env);
  const run = async (path: string, init: RequestInit = {}, identity: { userId?: string; apiKeyPrefix?: string } = {}) => {
    const req = new Request(`http://localhost${path}`, init);
    const ctx = createEdgeContext(req, config);
    ctx.identity.userId = identity.userId ?? null;
    ctx.identity.apiKeyPrefix = identity.apiKeyPrefix ?? null;
    return { decision: await rateLimitStage(req, ctx), ctx };
  };
  return { config, run, advance: (ms: number) => (now += ms) };
}

const signin = (ip: string) => ({ method: "POST", headers: { "x-real-ip": ip } });

describe("rate-limit stage", () => {
  it("puts routes into classes", () => {
    const { config } = setup();
    const rl = config.rateLimit;
    expect(routeClass(rl, "POST", "/api/auth/callback/credentials")?.name).toBe("signin");
    expect(routeClass(rl, "POST", "/api/account/signup")?.name).toBe("signin");
    expect(routeClass(rl, "POST", "/api/admin/exports")?.name).toBe("export");
    expect(routeClass(rl, "PATCH", "/api/datasets/x")?.name).toBe("write");
    expect(routeClass(rl, "GET", "/api/datasets")?.name).toBe("read");
    expect(routeClass(rl, "GET", "/app")).toBeNull();
  });

  it("answers a burst beyond the class limit 429 with Retry-After and RateLimit headers, and recovers after the window", async () => {
    const { run, advance } = setup();
    for (let i = 0; i < 10; i++) {
      const { decision } = await run("/api/auth/callback/credentials", signin("203.0.113.7"));
      expect(decision.kind, `request ${i + 1}`).toBe("mutate");
      if (decision.kind === "mutate") {
        expect(decision.responseHeaders?.["ratelimit-policy"]).toBe('"signin";q=10;w=60');
        expect(decision.responseHeaders?.ratelimit).toMatch(new RegExp(`^"signin";r=${9 - i};t=\\d+$`));
      }
    }
    const { decision } = await run("/api/auth/callback/credentials", signin("203.0.113.7"));
    expect(decision).toMatchObject({ kind: "block", status: 429, problem: { code: "rate_limited", status: 429 } });
    const headers = (decision as { headers: Record<string, string> }).headers;
    expect(headers["retry-after"]).toBe("6"); // one token per 6 s (10 per 60 s)
    expect(headers["ratelimit-policy"]).toBe('"signin";q=10;w=60');
    expect(headers.ratelimit).toBe('"signin";r=0;t=6');

    // Another IP has its own bucket.
    expect((await run("/api/auth/callback/credentials", signin("203.0.113.8"))).decision.kind).toBe("mutate");

    advance(6_000);
    expect((await run("/api/auth/callback/credentials", signin("203.0.113.7"))).decision.kind).toBe("mutate");
    expect((await run("/api/auth/callback/credentials", signin("203.0.113.7"))).decision.kind).toBe("block");
    advance(60_000);
    const after = await run("/api/auth/callback/credentials", signin("203.0.113.7"));
    expect(after.decision).toMatchObject({ kind: "mutate", responseHeaders: { ratelimit: '"signin";r=9;t=6' } });
  });

  it("keys sign-in by IP even for a signed-in user, other classes by user, API key, then IP", async () => {
    const { run } = setup();
    expect((await run("/api/account/signup", signin("198.51.100.1"), { userId: "u1" })).ctx.clientKey).toBe("ip:198.51.100.1");
    expect((await run("/api/datasets", { headers: { "x-real-ip": "198.51.100.1" } }, { userId: "u1", apiKeyPrefix: "k" })).ctx.clientKey).toBe("user:u1");
    expect((await run("/api/datasets", { headers: { "x-real-ip": "198.51.100.1" } }, { apiKeyPrefix: "abc" })).ctx.clientKey).toBe("key:abc");
    expect((await run("/api/datasets", { headers: { "x-real-ip": "198.51.100.1" } })).ctx.clientKey).toBe("ip:198.51.100.1");
  });

  it("multiplies every limit by CYANEA_RATE_LIMIT_SCALE", async () => {
    const { run } = setup({}, { CYANEA_RATE_LIMIT_SCALE: "3" });
    const { decision } = await run("/api/account/signup", signin("192.0.2.1"));
    expect(decision).toMatchObject({ responseHeaders: { "ratelimit-policy": '"signin";q=30;w=60' } });
    for (let i = 0; i < 29; i++) expect((await run("/api/account/signup", signin("192.0.2.1"))).decision.kind).toBe("mutate");
    expect((await run("/api/account/signup", signin("192.0.2.1"))).decision.kind).toBe("block");
  });

  it("does not limit routes outside every class", async () => {
    const { run } = setup();
    expect((await run("/app/datasets")).decision).toEqual({ kind: "allow" });
  });

  it("keeps the bucket table bounded", async () => {
    const { run } = setup({ rateLimit: { ...createPipelineConfig({}, {}).rateLimit, maxBuckets: 50 } });
    for (let i = 0; i < 500; i++) await run("/api/datasets", { headers: { "x-real-ip": `10.0.${i >> 8}.${i & 255}` } });
    const limiter = (await run("/api/datasets")).ctx.state.slots.get("rateLimit.buckets") as TokenBucketLimiter;
    expect(limiter.buckets.size).toBe(50);
  });
});

describe("resolveClientIp", () => {
  const base = createPipelineConfig({}, {}).rateLimit;
  it("ignores x-forwarded-for unless a proxy hop is trusted", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "192.0.2.9" });
    expect(resolveClientIp(h, base)).toBe("192.0.2.9");
    expect(resolveClientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }), base)).toBe("unknown");
  });

  it("takes the N-th entry from the right with N trusted hops", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" });
    expect(resolveClientIp(h, { ...base, trustedProxyHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientIp(h, { ...base, trustedProxyHops: 2 })).toBe("203.0.113.5");
    expect(resolveClientIp(new Headers({ "x-forwarded-for": "[2001:db8::1]:443" }), { ...base, trustedProxyHops: 1 })).toBe("2001:db8::1");
  });

  it("rejects values that are not addresses", () => {
    expect(resolveClientIp(new Headers({ "x-real-ip": "<script>" }), base)).toBe("unknown");
  });
});

describe("TokenBucketLimiter", () => {
  it("refills continuously", () => {
    const l = new TokenBucketLimiter(10);
    for (let i = 0; i < 4; i++) expect(l.take("k", 4, 4, 0).allowed).toBe(true);
    expect(l.take("k", 4, 4, 0)).toEqual({ allowed: false, remaining: 0, fullInSec: 4, retryAfterSec: 1 });
    expect(l.take("k", 4, 4, 999).allowed).toBe(false);
    expect(l.take("k", 4, 4, 1_000).allowed).toBe(true);
  });

  it("limits sign-in attempts per account across client addresses, case-insensitively, and never keys on the password", async () => {
    const { run, advance } = setup();
    const attempt = (ip: string, email: string) =>
      run("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "x-real-ip": ip, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password: `guess-${ip}`, csrfToken: "t" }).toString(),
      });
    for (let i = 0; i < 10; i++) {
      const { decision } = await attempt(`198.51.100.${i + 1}`, i % 2 ? "Victim@Example.org" : " victim@example.org");
      expect(decision.kind, `attempt ${i + 1}`).toBe("mutate");
    }
    const blocked = await attempt("198.51.100.99", "victim@example.org");
    expect(blocked.decision).toMatchObject({ kind: "block", status: 429, problem: { code: "rate_limited" }, reason: "rate_limited:signin-account" });
    const headers = (blocked.decision as { headers: Record<string, string> }).headers;
    expect(headers["retry-after"]).toBe("90"); // 10 per 900 s → one every 90 s
    expect(headers["ratelimit-policy"]).toBe('"signin-account";q=10;w=900');
    // The account is not in the decision log's client key.
    expect(blocked.ctx.clientKey).toBe("ip:198.51.100.99");
    // Other accounts are unaffected; the account recovers as tokens refill.
    expect((await attempt("198.51.100.99", "someone@example.org")).decision.kind).toBe("mutate");
    advance(90_000);
    expect((await attempt("198.51.100.100", "victim@example.org")).decision.kind).toBe("mutate");
  });

  it("reads the account from JSON sign-up bodies and ignores bodies without one", async () => {
    const { run } = setup();
    const signup = (ip: string, body: string) => run("/api/account/signup", { method: "POST", headers: { "x-real-ip": ip, "content-type": "application/json" }, body });
    for (let i = 0; i < 10; i++) expect((await signup(`192.0.2.${i + 1}`, JSON.stringify({ email: "new@example.org", name: "N" }))).decision.kind).toBe("mutate");
    expect((await signup("192.0.2.50", JSON.stringify({ email: "NEW@example.org" }))).decision.kind).toBe("block");
    for (let i = 0; i < 12; i++) expect((await signup(`192.0.2.${100 + i}`, "{not json")).decision.kind).toBe("mutate");
  });
});

