import { describe, expect, it } from "vitest";
import { createPipelineConfig } from "../config";
import { createEdgeContext } from "../pipeline";
import { bodySchemaRoute, bodySchemaStage } from "./body-schema";

const config = createPipelineConfig({}, {});

async function run(method: string, path: string, body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  const req = new Request(`http://localhost${path}`, { method, body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
  const ctx = createEdgeContext(req, config);
  const decision = await bodySchemaStage(req, ctx);
  return { decision, req };
}

type Block = { kind: "block"; status: number; problem: { code: string; errors?: Array<{ pointer: string; detail: string }> } };

describe("body-schema stage", () => {
  it("maps every JSON write route of app/api to a schema", () => {
    const routes = config.bodySchema.routes;
    expect(bodySchemaRoute(routes, "PATCH", "/api/datasets/my-data")?.schema).toBe("datasetPatchSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/protocols")?.schema).toBe("protocolCreateSchema");
    expect(bodySchemaRoute(routes, "PATCH", "/api/protocols/pcr")?.schema).toBe("protocolUpdateSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/spaces")?.schema).toBe("spaceCreateSchema");
    expect(bodySchemaRoute(routes, "PATCH", "/api/spaces/s")?.schema).toBe("spaceUpdateSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/labs")?.schema).toBe("labCreateSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/labs/l/members")?.schema).toBe("labMemberSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/keys")?.schema).toBe("apiKeyCreateSchema");
    expect(bodySchemaRoute(routes, "POST", "/api/account/signup")?.schema).toBe("signUpSchema");
    expect(bodySchemaRoute(routes, "GET", "/api/protocols")).toBeNull();
    expect(bodySchemaRoute(routes, "POST", "/api/datasets")).toBeNull(); // multipart upload
    expect(bodySchemaRoute(routes, "POST", "/api/protocols/pcr/publish")).toBeNull(); // no body
  });

  it("allows a valid body and leaves the original request body readable", async () => {
    const body = JSON.stringify({ title: "PCR", steps: [{ title: "Mix" }] });
    const { decision, req } = await run("POST", "/api/protocols", body);
    expect(decision).toEqual({ kind: "allow" });
    expect(await req.text()).toBe(body);
  });

  it("answers an invalid body 400 with JSON pointers", async () => {
    const { decision } = await run("PATCH", "/api/datasets/abc", JSON.stringify({ title: "x", visibility: "secret", extra: 1 }));
    expect(decision).toMatchObject({ kind: "block", status: 400, problem: { code: "validation_failed", status: 400 } });
    expect((decision as Block).problem.errors).toEqual([
      { pointer: "/title", detail: "must have at least 3 characters" },
      { pointer: "/visibility", detail: 'must be one of "public", "private"' },
      { pointer: "/extra", detail: "is not an allowed property" },
    ]);
  });

  it("answers malformed JSON 400 invalid_json", async () => {
    const { decision } = await run("POST", "/api/labs", "{not json");
    expect(decision).toMatchObject({ status: 400, problem: { code: "invalid_json", errors: [{ pointer: "" }] } });
    expect((await run("POST", "/api/labs", "")).decision).toMatchObject({ status: 400, problem: { code: "invalid_json" } });
  });

  it("answers a wrong content type 415 and skips multipart", async () => {
    expect((await run("POST", "/api/labs", "name=x", { "content-type": "application/x-www-form-urlencoded" })).decision).toMatchObject({ status: 415, problem: { code: "unsupported_media_type" } });
    expect((await run("POST", "/api/labs", "{}", {})).decision).toMatchObject({ status: 415 });
    expect((await run("POST", "/api/labs", "--x", { "content-type": "multipart/form-data; boundary=x" })).decision).toEqual({ kind: "allow" });
    expect((await run("POST", "/api/labs", JSON.stringify({ name: "A lab" }), { "content-type": "application/merge-patch+json" })).decision).toEqual({ kind: "allow" });
  });

  it("answers an oversized body 413 from content-length", async () => {
    const big = JSON.stringify({ name: "Lab", description: "x".repeat(300_000) });
    expect((await run("POST", "/api/labs", big, { "content-type": "application/json", "content-length": String(big.length) })).decision).toMatchObject({ status: 413, problem: { code: "payload_too_large" } });
    // signUp has an 8 KiB limit of its own
    expect((await run("POST", "/api/account/signup", JSON.stringify({ email: "a@b.co", password: "p".repeat(9_000), name: "n" }))).decision).toMatchObject({ status: 413 });
  });

  it("answers 413 while reading when content-length is absent or lies", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const { decision } = await run("POST", "/api/labs", endless, { "content-type": "application/json", "content-length": "10" });
    expect(decision).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(10); // stopped soon after passing 256 KiB
  });

  it("refuses deeply nested bodies before parsing", async () => {
    const deep = '{"title":"Space","settings":' + '{"a":'.repeat(1_000) + "1" + "}".repeat(1_000) + "}";
    const { decision } = await run("POST", "/api/spaces", deep);
    expect(decision).toMatchObject({ status: 400, reason: "json_too_deep", problem: { code: "invalid_json" } });
    const ok = '{"title":"Space","settings":' + '{"a":'.repeat(20) + "1" + "}".repeat(20) + "}";
    expect((await run("POST", "/api/spaces", ok)).decision).toEqual({ kind: "allow" });
  });

  it("ignores routes without a schema", async () => {
    expect((await run("POST", "/api/datasets/x/star", null, {})).decision).toEqual({ kind: "allow" });
  });
});
