import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as domainSchemas from "@/lib/domain/schemas";
import { DEFAULT_BODY_SCHEMA_ROUTES } from "./config";
import { EDGE_JSON_SCHEMAS } from "./json-schemas.generated";
import { generateEdgeJsonSchemas, jsonNestingExceeds, renderGeneratedModule, unsupportedKeywords, validateJson, type JsonSchema } from "./json-schemas";

const generatedPath = fileURLToPath(new URL("./json-schemas.generated.ts", import.meta.url));
const names = DEFAULT_BODY_SCHEMA_ROUTES.map((r) => r.schema);
const fresh = generateEdgeJsonSchemas(z as never, domainSchemas as Record<string, unknown>, names);

describe("generated JSON Schemas", () => {
  it("match the zod schemas the API uses (one source; regenerate with UPDATE_EDGE_SCHEMAS=1)", () => {
    const text = renderGeneratedModule(fresh);
    if (process.env.UPDATE_EDGE_SCHEMAS === "1") writeFileSync(generatedPath, text);
    expect(readFileSync(generatedPath, "utf8")).toBe(text);
    expect(EDGE_JSON_SCHEMAS).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it("use only keywords the edge validator interprets", () => {
    for (const [name, schema] of Object.entries(fresh)) expect([...unsupportedKeywords(schema)], name).toEqual([]);
  });

  it("record zod string overwrites (trim, lower-case) as x-transform", () => {
    const signUp = fresh.signUpSchema as { properties: Record<string, Record<string, unknown>> };
    expect(signUp.properties.email!["x-transform"]).toEqual(["trim", "lowercase"]);
    expect(signUp.properties.password!["x-transform"]).toBeUndefined();
  });
});

/** Parity: the edge must accept what the API's zod schema accepts and reject what it rejects. */
const cases: Array<[schema: keyof typeof domainSchemas, body: unknown]> = [
  ["signUpSchema", { email: "ada@example.org", password: "0123456789", name: "Ada" }],
  ["signUpSchema", { email: "  Ada@Example.ORG  ", password: "0123456789", name: " Ada " }],
  ["signUpSchema", { email: "not-an-email", password: "0123456789", name: "Ada" }],
  ["signUpSchema", { email: "ada@example.org", password: "short", name: "Ada" }],
  ["signUpSchema", { email: "ada@example.org", password: "0123456789" }],
  ["signUpSchema", { email: "ada@example.org", password: "0123456789", name: "   " }],
  ["signUpSchema", []],
  ["signUpSchema", null],
  ["datasetPatchSchema", {}],
  ["datasetPatchSchema", { title: "New title", tags: ["rna-seq", "E. coli"] }],
  ["datasetPatchSchema", { title: "New title", unknown: 1 }],
  ["datasetPatchSchema", { visibility: "secret" }],
  ["datasetPatchSchema", { labSlug: null, organism: null }],
  ["datasetPatchSchema", { labSlug: "Bad Slug" }],
  ["datasetPatchSchema", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }],
  ["datasetPatchSchema", { tags: ["-leading-hyphen"] }],
  ["datasetPatchSchema", { tags: ["α-helix"] }],
  ["protocolCreateSchema", { title: "PCR", steps: [{ title: "Mix", durationMinutes: 5 }] }],
  ["protocolCreateSchema", { title: "PCR", steps: [{ title: "Mix", durationMinutes: 5.5 }] }],
  ["protocolCreateSchema", { title: "PCR", steps: [{ title: "Mix", durationMinutes: -1 }] }],
  ["protocolCreateSchema", { title: "PCR", steps: [{ durationMinutes: 3 }] }],
  ["protocolCreateSchema", { title: "PCR", extra: "stripped by zod, allowed" }],
  ["protocolUpdateSchema", { steps: [] }],
  ["protocolUpdateSchema", { slug: "not-patchable" }],
  ["spaceCreateSchema", { title: "Space", settings: { a: { b: [1, 2, { c: null }] } } }],
  ["spaceCreateSchema", { title: "Space", settings: [] }],
  ["spaceUpdateSchema", { viewState: { camera: [0, 0, 1] } }],
  ["labCreateSchema", { name: "Lab", institution: null }],
  ["labCreateSchema", { name: "Lab of things", visibility: "private" }],
  ["labMemberSchema", { email: "x@y.io", role: "owner" }],
  ["labMemberSchema", { email: "x@y.io", role: "admin" }],
  ["apiKeyCreateSchema", { name: "ci", scopes: ["read"] }],
  ["apiKeyCreateSchema", { name: "ci", scopes: [] }],
  ["apiKeyCreateSchema", { name: "ci", scopes: ["read", "write", "read"] }],
  ["apiKeyCreateSchema", { name: "ci", scopes: ["admin"] }],
];

describe("validateJson parity with zod", () => {
  it.each(cases)("%s %j", (name, body) => {
    const zodOk = (domainSchemas[name] as z.ZodType).safeParse(body).success;
    const errors = validateJson(fresh[name] as JsonSchema, body);
    expect(errors.length === 0).toBe(zodOk);
  });

  it("reports JSON pointers, escaping ~ and /", () => {
    const errors = validateJson(fresh.datasetPatchSchema!, { "a/b~c": 1, tags: ["ok", ""] });
    expect(errors).toEqual(expect.arrayContaining([
      { pointer: "/a~1b~0c", detail: "is not an allowed property" },
      { pointer: "/tags/1", detail: "must have at least 1 characters" },
    ]));
  });

  it("reports the missing property's pointer and caps the error count", () => {
    expect(validateJson(fresh.signUpSchema!, {})).toEqual([
      { pointer: "/email", detail: "is required" },
      { pointer: "/password", detail: "is required" },
      { pointer: "/name", detail: "is required" },
    ]);
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    expect(validateJson(fresh.datasetPatchSchema!, many, { maxErrors: 5, maxDepth: 64 })).toHaveLength(5);
  });

  it("bounds validation depth on free-form objects", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(validateJson(fresh.spaceCreateSchema!, { title: "Space", settings: deep })).toEqual([]);
    const nested = { type: "object", additionalProperties: { $ref: "x" } } as const;
    expect(validateJson({ type: "object", properties: { a: nested } }, { a: { b: 1 } }, { maxErrors: 5, maxDepth: 1 })).toEqual([
      { pointer: "/a/b", detail: "is nested deeper than 1 levels" },
    ]);
  });
});

describe("jsonNestingExceeds", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonNestingExceeds("[[[1]]]", 3)).toBe(false);
    expect(jsonNestingExceeds("[[[[1]]]]", 3)).toBe(true);
    expect(jsonNestingExceeds('{"a":"[[[[[[\\"[["}', 1)).toBe(false);
    expect(jsonNestingExceeds("[".repeat(100_000), 32)).toBe(true);
  });
});
