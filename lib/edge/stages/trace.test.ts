import { describe, expect, it } from "vitest";
import { createPipelineConfig } from "../config";
import { createEdgeContext } from "../pipeline";
import { REQUEST_ID_PATTERN } from "../identity-headers";
import { parseTraceparent, randomHexId, randomUuid, serverTimingHeader, traceStage } from "./trace";

const config = createPipelineConfig({}, {});
const VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

async function run(headers: Record<string, string>) {
  const req = new Request("http://localhost/x", { headers });
  const ctx = createEdgeContext(req, config);
  const decision = await traceStage(req, ctx);
  if (decision.kind !== "mutate") throw new Error("trace must mutate");
  return { ctx, decision };
}

describe("trace stage", () => {
  // W3C Trace Context §3.2: version-traceid-parentid-flags.
  it("continues a valid traceparent with a new span id and the same flags", async () => {
    const { ctx, decision } = await run({ traceparent: VALID });
    expect(ctx.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(ctx.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(ctx.spanId).not.toBe("00f067aa0ba902b7");
    expect(decision.requestHeaders?.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${ctx.spanId}-01`);
    expect(decision.requestHeaders).not.toHaveProperty("tracestate");
  });

  it.each([
    ["garbage", "not-a-traceparent"],
    ["all-zero trace id", `00-${"0".repeat(32)}-00f067aa0ba902b7-01`],
    ["all-zero parent id", `00-4bf92f3577b34da6a3ce929d0e0e4736-${"0".repeat(16)}-01`],
    ["upper-case hex", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"],
    ["unknown version", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"],
    ["short trace id", "00-4bf92f3577b34da6-00f067aa0ba902b7-01"],
    ["trailing data", `${VALID}-extra`],
    ["huge", "00-" + "a".repeat(10_000)],
  ])("starts a new trace on a malformed traceparent (%s), never an error", async (_label, value) => {
    const { ctx, decision } = await run({ traceparent: value, tracestate: "vendor=1" });
    expect(ctx.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(ctx.traceId).not.toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(decision.requestHeaders?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(decision.requestHeaders?.tracestate).toBeNull();
  });

  it("keeps a well-formed x-request-id and replaces a malformed one", async () => {
    expect((await run({ "x-request-id": "req-12345678" })).ctx.requestId).toBe("req-12345678");
    const bad = await run({ "x-request-id": "bad id with spaces" });
    expect(bad.ctx.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bad.decision.responseHeaders?.["x-request-id"]).toBe(bad.ctx.requestId);
  });

  it("parses only version 00", () => {
    expect(parseTraceparent(VALID)).toEqual({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", parentId: "00f067aa0ba902b7", flags: "01" });
    expect(parseTraceparent(null)).toBeNull();
  });

  it("formats Server-Timing entries", () => {
    expect(serverTimingHeader([{ name: "waf", durationMs: 0.1234 }, { name: "auth", durationMs: 0.3 }])).toBe("waf;dur=0.12, auth;dur=0.3");
  });
});

describe("pooled random ids", () => {
  it("gives well-formed, distinct version-4 UUIDs and hex ids across pool refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = randomUuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(REQUEST_ID_PATTERN.test(id)).toBe(true);
      seen.add(id);
      const span = randomHexId(8);
      expect(span).toMatch(/^[0-9a-f]{16}$/);
      expect(span).not.toBe("0".repeat(16));
      seen.add(span);
    }
    expect(seen.size).toBe(4000);
  });
});
