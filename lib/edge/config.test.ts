import { describe, expect, it } from "vitest";
import { createPipelineConfig, methodMatches, pathMatches, rateLimitScaleFrom, underPrefix } from "./config";

describe("createPipelineConfig", () => {
  it("declares the default failure modes per stage", () => {
    const c = createPipelineConfig({}, {});
    expect(Object.fromEntries(Object.entries(c.stages).map(([k, v]) => [k, v.failureMode]))).toEqual({
      trace: "open",
      waf: "closed",
      auth: "closed",
      rateLimit: "open",
      bodySchema: "closed",
    });
  });

  it("reads the environment", () => {
    const c = createPipelineConfig({}, { AUTH_SECRET: "a, b", CYANEA_RATE_LIMIT_SCALE: "50", CYANEA_TRUSTED_PROXY_HOPS: "2", CYANEA_LOG_HASH_SALT: "salt" });
    expect(c.auth.secrets).toEqual(["a", "b"]);
    expect(c.rateLimit.scale).toBe(50);
    expect(c.rateLimit.trustedProxyHops).toBe(2);
    expect(c.decisionLog.hashSalt).toBe("salt");
  });

  it("merges stage overrides without losing breaker defaults", () => {
    const c = createPipelineConfig({ stages: { rateLimit: { failureMode: "closed", breaker: { failureThreshold: 2 } as never } } }, {});
    expect(c.stages.rateLimit.failureMode).toBe("closed");
    expect(c.stages.rateLimit.breaker.failureThreshold).toBe(2);
    expect(c.stages.rateLimit.breaker.coolDownMs).toBeGreaterThan(0);
  });

  it("ignores an invalid rate-limit scale", () => {
    expect(rateLimitScaleFrom(undefined)).toBe(1);
    expect(rateLimitScaleFrom("")).toBe(1);
    expect(rateLimitScaleFrom("-3")).toBe(1);
    expect(rateLimitScaleFrom("abc")).toBe(1);
    expect(rateLimitScaleFrom("0.5")).toBe(0.5);
  });
});

describe("route matching", () => {
  it("matches params and trailing globs", () => {
    expect(pathMatches("/api/datasets/:slug", "/api/datasets/abc")).toBe(true);
    expect(pathMatches("/api/datasets/:slug", "/api/datasets/abc/files")).toBe(false);
    expect(pathMatches("/api/datasets/:slug", "/api/datasets")).toBe(false);
    expect(pathMatches("/api/**", "/api")).toBe(true);
    expect(pathMatches("/api/**", "/api/a/b/c")).toBe(true);
    expect(pathMatches("/api/**", "/apix")).toBe(false);
    expect(methodMatches("POST|PUT", "put")).toBe(true);
    expect(methodMatches("*", "GET")).toBe(true);
    expect(underPrefix("/apple", "/app")).toBe(false);
    expect(underPrefix("/app/x", "/app")).toBe(true);
  });
});
