/**
 * JSON Schemas of the JSON write routes, and the validator the body-schema stage runs on them.
 *
 * Why precompiled data + an interpreter: the edge runtime forbids `eval`/`new Function`, so
 * code-generating validators (Ajv) cannot run there, and bundling zod into middleware would pull in
 * its JIT probe. Instead the zod schemas in `lib/domain/schemas.ts` (the ones the API handlers use)
 * are turned into JSON Schema data with `z.toJSONSchema` by `generateEdgeJsonSchemas` — at build time,
 * into `json-schemas.generated.ts` — and `validateJson` interprets that data. `json-schemas.test.ts`
 * fails when the generated file drifts from the zod sources and rewrites it with
 * `UPDATE_EDGE_SCHEMAS=1 npx vitest run --project unit lib/edge/json-schemas.test.ts`.
 *
 * Supported keywords (the subset zod 4 emits for these schemas): type, enum, const, properties,
 * required, additionalProperties (boolean or schema), propertyNames, minLength, maxLength, pattern,
 * format (advisory only), minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, items,
 * prefixItems, minItems, maxItems, anyOf, oneOf, allOf, plus annotations. zod string overwrites
 * (`.trim()`, `.toLowerCase()`, `.toUpperCase()`) are recorded as `x-transform` and applied before
 * the string checks, as zod does; string lengths count UTF-16 code units, as zod's do.
 */

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaError {
  /** RFC 6901 JSON pointer into the body ("" = the whole body). */
  pointer: string;
  detail: string;
}

export const SUPPORTED_KEYWORDS = new Set([
  "$schema",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "anyOf",
  "oneOf",
  "allOf",
  "default",
  "description",
  "title",
  "examples",
  "x-transform",
  "x-transform-unknown",
]);

// ---------------------------------------------------------------------------------------------
// Generation (build time; callers pass zod in, so this module never imports it)
// ---------------------------------------------------------------------------------------------

interface ZodToJsonSchema {
  toJSONSchema(schema: never, params: Record<string, unknown>): Record<string, unknown>;
}

interface OverrideCtx {
  zodSchema: { _zod?: { def?: { type?: string; checks?: Array<{ _zod?: { def?: { check?: string; tx?: (v: string) => string } } }> } } };
  jsonSchema: Record<string, unknown>;
}

/** Names the string transforms of a zod `overwrite` check by probing it. */
function probeTransform(tx: (v: string) => string): string[] | null {
  const out = tx(" Ab ");
  if (out === " Ab ") return [];
  if (out === "Ab") return ["trim"];
  if (out === " ab ") return ["lowercase"];
  if (out === " AB ") return ["uppercase"];
  if (out === "ab") return ["trim", "lowercase"];
  if (out === "AB") return ["trim", "uppercase"];
  return null;
}

/** JSON Schemas (zod input side: defaulted keys optional) for the named exports of `schemas`. */
export function generateEdgeJsonSchemas(z: ZodToJsonSchema, schemas: Record<string, unknown>, names: readonly string[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const name of [...new Set(names)].sort()) {
    const schema = schemas[name];
    if (!schema) throw new Error(`lib/domain/schemas.ts has no export "${name}"`);
    const json = z.toJSONSchema(schema as never, {
      io: "input",
      unrepresentable: "any",
      override(ctx: OverrideCtx) {
        const def = ctx.zodSchema._zod?.def;
        if (def?.type !== "string" || !def.checks) return;
        const transforms: string[] = [];
        for (const check of def.checks) {
          const cdef = check._zod?.def;
          if (cdef?.check !== "overwrite" || !cdef.tx) continue;
          const named = probeTransform(cdef.tx);
          if (named === null) ctx.jsonSchema["x-transform-unknown"] = true;
          else transforms.push(...named);
        }
        if (transforms.length) ctx.jsonSchema["x-transform"] = [...new Set(transforms)];
      },
    });
    delete json.$schema;
    out[name] = json;
  }
  return out;
}

/** Source text of `json-schemas.generated.ts`. */
export function renderGeneratedModule(schemas: Record<string, JsonSchema>): string {
  return (
    "// Generated from lib/domain/schemas.ts by generateEdgeJsonSchemas (lib/edge/json-schemas.ts). Do not edit:\n" +
    "// UPDATE_EDGE_SCHEMAS=1 npx vitest run --project unit lib/edge/json-schemas.test.ts\n" +
    'import type { JsonSchema } from "./json-schemas";\n\n' +
    `export const EDGE_JSON_SCHEMAS: Record<string, JsonSchema> = ${JSON.stringify(schemas, null, 2)};\n`
  );
}

/** Keywords used anywhere in a schema that the validator does not know (must be empty). */
export function unsupportedKeywords(schema: JsonSchema, found = new Set<string>()): Set<string> {
  if (typeof schema !== "object" || schema === null) return found;
  for (const [k, v] of Object.entries(schema)) {
    if (!SUPPORTED_KEYWORDS.has(k)) found.add(k);
    if (k === "properties" && v && typeof v === "object") for (const sub of Object.values(v)) unsupportedKeywords(sub as JsonSchema, found);
    else if ((k === "anyOf" || k === "oneOf" || k === "allOf" || k === "prefixItems") && Array.isArray(v)) for (const sub of v) unsupportedKeywords(sub as JsonSchema, found);
    else if ((k === "items" || k === "additionalProperties" || k === "propertyNames") && typeof v === "object") unsupportedKeywords(v as JsonSchema, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Validation (edge; no code generation)
// ---------------------------------------------------------------------------------------------

const patternCache = new Map<string, RegExp | null>();

function compilePattern(source: string): RegExp | null {
  if (patternCache.has(source)) return patternCache.get(source)!;
  let re: RegExp | null;
  try {
    re = new RegExp(source, "u"); // JSON Schema patterns are ECMA-262 with Unicode semantics
  } catch {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
  }
  if (patternCache.size > 512) patternCache.clear();
  patternCache.set(source, re);
  return re;
}

export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (expected === "number") return actual === "number" || actual === "integer";
  return expected === actual;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface ValidateOptions {
  maxErrors: number;
  maxDepth: number;
}

class Collector {
  readonly errors: SchemaError[] = [];
  constructor(readonly max: number) {}
  add(pointer: string, detail: string): void {
    if (this.errors.length < this.max) this.errors.push({ pointer, detail });
  }
  get full(): boolean {
    return this.errors.length >= this.max;
  }
}

/** Validates `value` against `schema`; returns the errors (empty = valid). Iterative over data depth-bounded. */
export function validateJson(schema: JsonSchema, value: unknown, options: ValidateOptions = { maxErrors: 20, maxDepth: 64 }): SchemaError[] {
  const out = new Collector(options.maxErrors);
  check(schema, value, "", out, 0, options.maxDepth);
  return out.errors;
}

function check(schema: JsonSchema, value: unknown, pointer: string, out: Collector, depth: number, maxDepth: number): void {
  if (schema === true) return;
  if (schema === false) return out.add(pointer, "is not allowed");
  if (out.full) return;
  if (depth > maxDepth) return out.add(pointer, `is nested deeper than ${maxDepth} levels`);
  const s = schema as Record<string, unknown>;

  if (typeof value === "string" && typeof s.type === "string" && s.type === "string" && Array.isArray(s["x-transform"])) {
    for (const t of s["x-transform"] as string[]) {
      if (t === "trim") value = (value as string).trim();
      else if (t === "lowercase") value = (value as string).toLowerCase();
      else if (t === "uppercase") value = (value as string).toUpperCase();
    }
  }

  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => typeMatches(t, value))) return out.add(pointer, `must be ${types.map((t) => (t === "integer" ? "an integer" : t === "array" || t === "object" ? `an ${t}` : t === "null" ? "null" : `a ${t}`)).join(" or ")}`);
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value))) {
    return out.add(pointer, `must be one of ${(s.enum as unknown[]).map(describe).join(", ")}`);
  }
  if ("const" in s && !deepEqual(s.const, value)) return out.add(pointer, `must be ${describe(s.const)}`);

  if (typeof value === "string" && !s["x-transform-unknown"]) checkString(s, value, pointer, out);
  else if (typeof value === "number") checkNumber(s, value, pointer, out);
  else if (Array.isArray(value)) checkArray(s, value, pointer, out, depth, maxDepth);
  else if (value !== null && typeof value === "object") checkObject(s, value as Record<string, unknown>, pointer, out, depth, maxDepth);

  if (Array.isArray(s.allOf)) for (const sub of s.allOf as JsonSchema[]) check(sub, value, pointer, out, depth + 1, maxDepth);
  if (Array.isArray(s.anyOf)) checkAlternatives(s.anyOf as JsonSchema[], value, pointer, out, depth, maxDepth, "any");
  if (Array.isArray(s.oneOf)) checkAlternatives(s.oneOf as JsonSchema[], value, pointer, out, depth, maxDepth, "one");
}

function checkString(s: Record<string, unknown>, value: string, pointer: string, out: Collector): void {
  if (typeof s.minLength === "number" && value.length < s.minLength) out.add(pointer, `must have at least ${s.minLength} characters`);
  if (typeof s.maxLength === "number" && value.length > s.maxLength) out.add(pointer, `must have at most ${s.maxLength} characters`);
  if (typeof s.pattern === "string") {
    const re = compilePattern(s.pattern);
    if (re && !re.test(value)) out.add(pointer, s.format === "email" ? "must be a valid email address" : "has an invalid format");
  }
}

function checkNumber(s: Record<string, unknown>, value: number, pointer: string, out: Collector): void {
  if (typeof s.minimum === "number" && value < s.minimum) out.add(pointer, `must be at least ${s.minimum}`);
  if (typeof s.maximum === "number" && value > s.maximum) out.add(pointer, `must be at most ${s.maximum}`);
  if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) out.add(pointer, `must be greater than ${s.exclusiveMinimum}`);
  if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) out.add(pointer, `must be less than ${s.exclusiveMaximum}`);
  if (typeof s.multipleOf === "number" && s.multipleOf > 0) {
    const q = value / s.multipleOf;
    if (Math.abs(q - Math.round(q)) > 1e-9) out.add(pointer, `must be a multiple of ${s.multipleOf}`);
  }
}

function checkArray(s: Record<string, unknown>, value: unknown[], pointer: string, out: Collector, depth: number, maxDepth: number): void {
  if (typeof s.minItems === "number" && value.length < s.minItems) out.add(pointer, `must have at least ${s.minItems} items`);
  if (typeof s.maxItems === "number" && value.length > s.maxItems) return out.add(pointer, `must have at most ${s.maxItems} items`);
  const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as JsonSchema[]) : [];
  for (let i = 0; i < value.length && !out.full; i++) {
    const sub = i < prefix.length ? prefix[i] : (s.items as JsonSchema | undefined);
    if (sub !== undefined) check(sub, value[i], `${pointer}/${i}`, out, depth + 1, maxDepth);
  }
}

function checkObject(s: Record<string, unknown>, value: Record<string, unknown>, pointer: string, out: Collector, depth: number, maxDepth: number): void {
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  if (Array.isArray(s.required)) {
    for (const key of s.required as string[]) if (!Object.hasOwn(value, key)) out.add(`${pointer}/${escapePointerToken(key)}`, "is required");
  }
  for (const [key, child] of Object.entries(value)) {
    if (out.full) return;
    const childPointer = `${pointer}/${escapePointerToken(key)}`;
    if (s.propertyNames !== undefined) check(s.propertyNames as JsonSchema, key, childPointer, out, depth + 1, maxDepth);
    if (Object.hasOwn(props, key)) check(props[key]!, child, childPointer, out, depth + 1, maxDepth);
    else if (s.additionalProperties === false) out.add(childPointer, "is not an allowed property");
    else if (s.additionalProperties !== undefined && s.additionalProperties !== true) check(s.additionalProperties as JsonSchema, child, childPointer, out, depth + 1, maxDepth);
  }
}

function checkAlternatives(options: JsonSchema[], value: unknown, pointer: string, out: Collector, depth: number, maxDepth: number, mode: "any" | "one"): void {
  const results = options.map((sub) => {
    const c = new Collector(out.max);
    check(sub, value, pointer, c, depth + 1, maxDepth);
    return c.errors;
  });
  const passing = results.filter((r) => r.length === 0).length;
  if (mode === "any" ? passing >= 1 : passing === 1) return;
  if (mode === "one" && passing > 1) return out.add(pointer, "matches more than one allowed shape");
  // Report the errors of the alternative whose type fits the value, when exactly one does.
  const fitting = options.map((sub, i) => ({ sub, i })).filter(({ sub }) => typeof sub === "object" && (sub.type === undefined || (Array.isArray(sub.type) ? (sub.type as string[]) : [sub.type as string]).some((t) => typeMatches(t, value))));
  if (fitting.length === 1) for (const e of results[fitting[0]!.i]!) out.add(e.pointer, e.detail);
  else out.add(pointer, "does not match any allowed shape");
}

/**
 * Nesting depth of a JSON text, measured without parsing (so a hostile body cannot make a
 * recursive consumer overflow its stack); stops counting once `limit` is exceeded.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped char
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
