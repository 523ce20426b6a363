import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { formatApiKey } from "@/lib/domain/api-key-format";
import { createPipelineConfig } from "../config";
import { createEdgeContext } from "../pipeline";
import { authStage, callbackPath, parseCookies, readSessionCookie, verifySessionToken } from "./auth";

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const COOKIE = "authjs.session-token";
const config = createPipelineConfig({}, { AUTH_SECRET: SECRET });
const API_KEY = formatApiKey("abcdefghij12", "0123456789abcdefghijklmnopqrstuv");

/** A real Auth.js session token, as next-auth issues it (`@auth/core/jwt` encode). */
function sessionToken(claims: Record<string, unknown>, opts: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: opts.secret ?? SECRET, salt: opts.salt ?? COOKIE, maxAge: opts.maxAge ?? 3600 });
}

async function run(path: string, init: RequestInit & { headers?: Record<string, string> } = {}, cfg = config) {
  const req = new Request(`http://localhost:3000${path}`, init);
  const ctx = createEdgeContext(req, cfg);
  const decision = await authStage(req, ctx);
  return { decision, ctx };
}

const researcher = () => sessionToken({ sub: "user-1", role: "researcher", name: "R" });
const admin = () => sessionToken({ sub: "admin-1", role: "admin" });

describe("auth stage: sessions", () => {
  it("sets x-user-id / x-user-role from a valid session and strips client copies", async () => {
    const { decision, ctx } = await run("/api/me", { headers: { cookie: `other=1; ${COOKIE}=${await researcher()}`, "x-user-id": "spoofed", "x-user-role": "admin" } });
    expect(decision).toEqual({ kind: "mutate", requestHeaders: { "x-user-id": "user-1", "x-user-role": "researcher" } });
    expect(ctx.identity).toEqual({ userId: "user-1", role: "researcher", apiKeyPrefix: null });
  });

  it("strips spoofed identity headers on anonymous requests", async () => {
    const { decision } = await run("/api/datasets", { headers: { "x-user-id": "admin-1", "x-user-role": "admin" } });
    expect(decision).toEqual({ kind: "mutate", requestHeaders: { "x-user-id": null, "x-user-role": null } });
  });

  it("accepts the __Secure- cookie name (its own salt) and chunked cookies", async () => {
    const secureName = "__Secure-authjs.session-token";
    const token = await sessionToken({ sub: "user-2", role: "researcher" }, { salt: secureName });
    expect((await run("/api/me", { headers: { cookie: `${secureName}=${token}` } })).ctx.identity.userId).toBe("user-2");
    const plain = await researcher();
    const half = Math.floor(plain.length / 2);
    const chunked = `${COOKIE}.1=${plain.slice(half)}; ${COOKIE}.0=${plain.slice(0, half)}`;
    expect((await run("/api/me", { headers: { cookie: chunked } })).ctx.identity.userId).toBe("user-1");
  });

  it("supports secret rotation (any configured secret)", async () => {
    const rotated = createPipelineConfig({}, { AUTH_SECRET: `new-secret-xyz,${SECRET}` });
    expect((await run("/api/me", { headers: { cookie: `${COOKIE}=${await researcher()}` } }, rotated)).ctx.identity.userId).toBe("user-1");
  });

  const invalidTokens: Array<[string, () => Promise<string>]> = [
    ["expired", () => sessionToken({ sub: "user-1", role: "admin" }, { maxAge: -3600 })],
    ["forged (other secret)", () => sessionToken({ sub: "user-1", role: "admin" }, { secret: "attacker-secret" })],
    ["wrong salt", () => sessionToken({ sub: "user-1", role: "admin" }, { salt: "other-cookie" })],
    ["no subject", () => sessionToken({ role: "admin" })],
    ["tampered ciphertext", async () => { const t = (await admin()).split("."); t[3] = t[3]!.slice(0, -4) + (t[3]!.endsWith("AAAA") ? "BBBB" : "AAAA"); return t.join("."); }],
    ["unsigned JWS", async () => "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEiLCJyb2xlIjoiYWRtaW4ifQ."],
    ["garbage", async () => "not.a.token.at.all"],
    ["empty", async () => ""],
    ["huge", async () => "a.".repeat(20_000)],
  ];

  it.each(invalidTokens)("treats a %s token as anonymous on reads, never throwing", async (_label, make) => {
    const { decision, ctx } = await run("/api/datasets", { headers: { cookie: `${COOKIE}=${await make()}` } });
    expect(decision).toEqual({ kind: "mutate", requestHeaders: { "x-user-id": null, "x-user-role": null } });
    expect(ctx.identity.userId).toBeNull();
  });

  it.each(invalidTokens)("answers a write with a %s token 401", async (_label, make) => {
    const { decision } = await run("/api/protocols", { method: "POST", headers: { cookie: `${COOKIE}=${await make()}` } });
    expect(decision).toMatchObject({ kind: "block", status: 401, problem: { code: "unauthenticated" } });
  });

  it("checks expiry against the injected clock", async () => {
    const token = await sessionToken({ sub: "user-1" }, { maxAge: 60 });
    const later = createPipelineConfig({ now: () => Date.now() + 120_000 }, { AUTH_SECRET: SECRET });
    expect(await verifySessionToken(token, [SECRET], COOKIE, Date.now())).toMatchObject({ userId: "user-1", role: "researcher" });
    expect((await run("/api/me", { headers: { cookie: `${COOKIE}=${token}` } }, later)).ctx.identity.userId).toBeNull();
  });

  it("treats every session as anonymous when no secret is configured", async () => {
    const noSecret = createPipelineConfig({}, {});
    expect((await run("/api/me", { headers: { cookie: `${COOKIE}=${await researcher()}` } }, noSecret)).ctx.identity.userId).toBeNull();
  });
});

describe("auth stage: API keys", () => {
  it("lets a well-formed key through and records its prefix", async () => {
    const { decision, ctx } = await run("/api/protocols", { method: "POST", headers: { authorization: `Bearer ${API_KEY}` } });
    expect(decision.kind).toBe("mutate");
    expect(ctx.identity.apiKeyPrefix).toBe("abcdefghij12");
  });

  it.each([
    ["bad checksum", API_KEY.slice(0, -1) + (API_KEY.endsWith("0") ? "1" : "0")],
    ["wrong shape", "cyk_short"],
    ["not a key", "eyJhbGciOiJIUzI1NiJ9.e30.x"],
    ["empty", ""],
  ])("answers a malformed key (%s) 401 problem+json", async (_label, key) => {
    const { decision } = await run("/api/datasets", { headers: { authorization: `Bearer ${key}` } });
    expect(decision).toMatchObject({ kind: "block", status: 401, reason: "malformed_api_key", problem: { status: 401, code: "unauthenticated" } });
  });

  it("ignores non-Bearer schemes", async () => {
    expect((await run("/api/datasets", { headers: { authorization: "Basic Zm9vOmJhcg==" } })).decision.kind).toBe("mutate");
  });
});

describe("auth stage: protected areas", () => {
  it("redirects anonymous page views of /app and /admin to sign-in with a same-site callback", async () => {
    const { decision } = await run("/app/datasets?tab=files");
    expect(decision).toMatchObject({ kind: "block", status: 302, reason: "signin_redirect" });
    const location = new URL((decision as { headers: Record<string, string> }).headers.location!);
    expect(location.origin).toBe("http://localhost:3000");
    expect(location.pathname).toBe("/signin");
    expect(location.searchParams.get("callbackUrl")).toBe("/app/datasets?tab=files");
    expect((await run("/admin")).decision).toMatchObject({ status: 302 });
    expect((await run("//admin/exports")).decision).toMatchObject({ status: 302 });
  });

  it("keeps the callback a same-site path", () => {
    expect(callbackPath(new URL("http://localhost//evil.example/app"))).toBe("/evil.example/app");
    expect(callbackPath(new URL("http://localhost/app/x?y=1"))).toBe("/app/x?y=1");
  });

  it("lets a signed-in researcher into /app but not /admin (403 page)", async () => {
    const cookie = `${COOKIE}=${await researcher()}`;
    expect((await run("/app", { headers: { cookie } })).decision.kind).toBe("mutate");
    const { decision } = await run("/admin/exports", { headers: { cookie } });
    expect(decision).toMatchObject({ kind: "block", status: 403, reason: "admin_required" });
    expect((decision as { html?: string }).html).toContain("Administrators only");
  });

  it("lets an admin into /admin", async () => {
    expect((await run("/admin", { headers: { cookie: `${COOKIE}=${await admin()}` } })).decision.kind).toBe("mutate");
  });

  it("does not treat /application or /administrator as protected", async () => {
    expect((await run("/application")).decision.kind).toBe("mutate");
    expect((await run("/administrator")).decision.kind).toBe("mutate");
  });

  it("answers non-navigation requests to protected pages 401 instead of redirecting", async () => {
    expect((await run("/app/x", { method: "POST" })).decision).toMatchObject({ status: 401 });
  });

  it("requires a credential for write APIs, except sign-in and sign-up", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect((await run("/api/datasets/abc", { method })).decision, method).toMatchObject({ kind: "block", status: 401, reason: "no_credentials" });
    }
    expect((await run("/api/auth/callback/credentials", { method: "POST" })).decision.kind).toBe("mutate");
    expect((await run("/api/account/signup", { method: "POST" })).decision.kind).toBe("mutate");
    expect((await run("/api/datasets")).decision.kind).toBe("mutate");
  });

  it("requires admin for /api/admin with a session; defers API keys to the API", async () => {
    expect((await run("/api/admin/exports")).decision).toMatchObject({ status: 401 });
    expect((await run("/api/admin/exports", { method: "POST", headers: { cookie: `${COOKIE}=${await researcher()}` } })).decision).toMatchObject({ status: 403, problem: { code: "forbidden" } });
    expect((await run("/api/admin/exports", { method: "POST", headers: { cookie: `${COOKIE}=${await admin()}` } })).decision.kind).toBe("mutate");
    expect((await run("/api/admin/exports", { method: "POST", headers: { authorization: `Bearer ${API_KEY}` } })).decision.kind).toBe("mutate");
  });
});

describe("cookie helpers", () => {
  it("parses cookies leniently", () => {
    const c = parseCookies('a=1; b="two"; =x; c; a=ignored');
    expect([...c]).toEqual([["a", "1"], ["b", "two"]]);
    expect(readSessionCookie(new Map([["n.0", "x"], ["n.1", "y"]]), "n")).toBe("xy");
    expect(readSessionCookie(new Map(), "n")).toBeNull();
  });
});

describe("auth stage: verification cache", () => {
  it("re-checks expiry of a cached token against the clock", async () => {
    let now = Date.now();
    const cfg = createPipelineConfig({ now: () => now }, { AUTH_SECRET: SECRET });
    const cookie = `${COOKIE}=${await sessionToken({ sub: "user-1" }, { maxAge: 60 })}`;
    expect((await run("/api/me", { headers: { cookie } }, cfg)).ctx.identity.userId).toBe("user-1");
    expect((await run("/api/me", { headers: { cookie } }, cfg)).ctx.identity.userId).toBe("user-1");
    now += 61_000;
    expect((await run("/api/me", { headers: { cookie } }, cfg)).ctx.identity.userId).toBeNull();
  });

  it("keeps rejecting a cached forged token", async () => {
    const cookie = `${COOKIE}=${await sessionToken({ sub: "x", role: "admin" }, { secret: "forger" })}`;
    for (let i = 0; i < 3; i++) expect((await run("/admin", { headers: { cookie } })).decision).toMatchObject({ status: 302 });
  });
});
