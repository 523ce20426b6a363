/** Property tests: inspectRequest is total (never throws) and bounded in time on hostile input. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WAF_CONFIG, inspectRequest, wafConfig, type WafInput } from "./index";

const text = fc.string({ maxLength: 300, unit: "binary" });
const contentType = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=XyZ",
  "multipart/form-data",
  "application/xml",
  "text/plain",
  "",
);

const input: fc.Arbitrary<WafInput> = fc.record({
  method: fc.oneof(fc.constantFrom("GET", "POST", "PUT", "DELETE"), text),
  path: text,
  rawQuery: text,
  headers: fc.dictionary(fc.string({ maxLength: 20 }), text, { maxKeys: 8 }),
  body: fc.option(fc.record({ contentType, text: fc.oneof(text, fc.json({ maxDepth: 6 })) }), { nil: undefined }),
});

function isValidResult(r: ReturnType<typeof inspectRequest>): boolean {
  return Number.isFinite(r.score) && ["allow", "warn", "block"].includes(r.action) && Array.isArray(r.matched);
}

describe("inspectRequest properties", () => {
  it("never throws on arbitrary strings, bytes, headers and JSON", () => {
    fc.assert(
      fc.property(input, (i) => isValidResult(inspectRequest(i, DEFAULT_WAF_CONFIG))),
      { numRuns: 400 },
    );
  });

  it("never throws at paranoia 3 with no exclusions", () => {
    const cfg = wafConfig({ paranoia: 3, exclusions: [] });
    fc.assert(fc.property(input, (i) => isValidResult(inspectRequest(i, cfg))), { numRuns: 200 });
  });

  it("stays bounded on pathological input (64 KB of '(', deep JSON, huge query)", () => {
    const big = 64 * 1024;
    const cases: WafInput[] = [
      { method: "GET", path: "/", rawQuery: `q=${"(".repeat(big)}`, headers: {} },
      { method: "POST", path: "/", rawQuery: "", headers: {}, body: { contentType: "text/plain", text: "(".repeat(big) } },
      { method: "POST", path: "/", rawQuery: "", headers: {}, body: { contentType: "application/json", text: "[".repeat(big) } },
      {
        method: "POST",
        path: "/",
        rawQuery: "",
        headers: {},
        body: { contentType: "application/json", text: `{"a":"${"'".repeat(big)}"}` },
      },
      { method: "GET", path: `/${"../".repeat(big / 3)}`, rawQuery: "&".repeat(big), headers: { "user-agent": "%".repeat(big) } },
      {
        method: "POST",
        path: "/",
        rawQuery: "",
        headers: {},
        body: { contentType: "multipart/form-data; boundary=b", text: "--b\r\n".repeat(big / 5) },
      },
      { method: "GET", path: "/", rawQuery: `q=${"%25".repeat(big / 3)}`, headers: { cookie: "a=b;".repeat(big / 4) } },
      // Header regexes too: a Content-Type made of separators once made rule 1016 try every pair of `;`.
      { method: "POST", path: "/", rawQuery: "", headers: { "content-type": ";".repeat(16 * 1024) }, body: { contentType: ";", text: "x" } },
      { method: "POST", path: "/", rawQuery: "", headers: { "content-type": `text/plain${"; x".repeat(4096)}` }, body: { contentType: "text/plain", text: "x" } },
    ];
    for (const c of cases) {
      const t0 = performance.now();
      const r = inspectRequest(c, DEFAULT_WAF_CONFIG);
      const ms = performance.now() - t0;
      expect(isValidResult(r)).toBe(true);
      // Generous bound for a loaded CI machine; typical figures are a few ms.
      expect(ms).toBeLessThan(1000);
    }
  });
});
