import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedClientKeyHash, emitDecisionLog, hashClientKey, type DecisionLogLine } from "./decision-log";

const line = (status: number, outcome: "allow" | "block"): DecisionLogLine => ({
  ts: "2026-01-01T00:00:00.000Z",
  msg: "edge_decision",
  traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
  requestId: "req-1",
  method: "GET",
  route: "/api/x",
  clientKeyHash: "0123456789abcdef",
  outcome,
  status,
  durationMs: 0.5,
  stages: [{ name: "waf", outcome: outcome === "block" ? "block" : "allow", durationMs: 0.1 }],
  waf: { score: 30, action: "block", ruleIds: [942100] },
});

afterEach(() => vi.restoreAllMocks());

describe("decision log", () => {
  it("hashes client keys with SHA-256, salted and truncated", async () => {
    const a = await hashClientKey("ip:192.0.2.1", "s1");
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await hashClientKey("ip:192.0.2.1", "s1")).toBe(a);
    expect(await hashClientKey("ip:192.0.2.1", "s2")).not.toBe(a);
    expect(await hashClientKey("ip:192.0.2.2", "s1")).not.toBe(a);
  });

  it("writes one JSON line: info when allowed, warn for 4xx blocks, error for 503", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    emitDecisionLog(line(200, "allow"));
    emitDecisionLog(line(403, "block"));
    emitDecisionLog(line(503, "block"));
    expect(out).toHaveBeenCalledTimes(1);
    const first = JSON.parse(out.mock.calls[0]![0] as string);
    expect(first).toMatchObject({ level: "info", msg: "edge_decision", traceId: "4bf92f3577b34da6a3ce929d0e0e4736", waf: { score: 30, ruleIds: [942100] } });
    expect(err.mock.calls.map((c) => JSON.parse(c[0] as string).level)).toEqual(["warn", "error"]);
  });
});

describe("cachedClientKeyHash", () => {
  it("returns the same hash as hashClientKey, per salt", async () => {
    for (const key of ["ip:192.0.2.1", "user:42", "ip:192.0.2.1"]) {
      expect(await cachedClientKeyHash(key, "s1")).toBe(await hashClientKey(key, "s1"));
      expect(await cachedClientKeyHash(key, "s2")).toBe(await hashClientKey(key, "s2"));
    }
  });
});
