import { EDGE_JSON_SCHEMAS } from "../json-schemas.generated";
import { jsonNestingExceeds, validateJson } from "../json-schemas";
import { methodMatches, pathMatches, problemBlock, type BodySchemaRoute, type EdgeContext, type StageDecision } from "../config";

/**
 * Body-schema stage: JSON write routes get their body checked against the JSON Schema generated
 * from the zod schema the handler uses (see json-schemas.ts), before route code runs. Same answers
 * as the API's `readJson`: 415 for a non-JSON content type, 413 over the route's byte limit (from
 * `content-length`, and while reading, so a lying or absent length does not help), 400 for malformed
 * JSON or schema violations with `errors: [{pointer, detail}]`. Multipart uploads are skipped: the
 * middleware matcher keeps them away from the edge and the upload route bounds them itself.
 */

const JSON_TYPE = /^application\/(.+\+)?json\b/i;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The body-schema route for a request, if any. */
export function bodySchemaRoute(routes: readonly BodySchemaRoute[], method: string, path: string): BodySchemaRoute | null {
  if (!BODY_METHODS.has(method)) return null;
  return routes.find((r) => methodMatches(r.method, method) && pathMatches(r.path, path)) ?? null;
}

class TooLarge extends Error {}

/** Reads a body stream as UTF-8, throwing `TooLarge` as soon as it passes `limitBytes`. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limitBytes: number): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      // Not awaited: cancelling one branch of a tee (req.clone()) settles only once the other
      // branch is cancelled too, and the original body stays with Next for route code.
      void reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function bodySchemaStage(req: Request, ctx: EdgeContext): Promise<StageDecision> {
  const cfg = ctx.config.bodySchema;
  const route = bodySchemaRoute(cfg.routes, ctx.method, ctx.url.pathname);
  if (!route) return { kind: "allow" };
  const contentType = req.headers.get("content-type") ?? "";
  if (/^multipart\/form-data\b/i.test(contentType)) return { kind: "allow" };
  const schema = EDGE_JSON_SCHEMAS[route.schema];
  if (schema === undefined) throw new Error(`no generated JSON Schema "${route.schema}"`); // config error: failure mode decides

  if (!JSON_TYPE.test(contentType)) {
    return problemBlock(415, "unsupported_media_type", "Unsupported media type", `Expected Content-Type application/json, got "${contentType.slice(0, 100) || "none"}".`, "unsupported_media_type");
  }
  const limit = route.maxBytes ?? cfg.defaultMaxBytes;
  const tooLarge = () => problemBlock(413, "payload_too_large", "Payload too large", `JSON body exceeds ${limit} bytes.`, "payload_too_large");
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return tooLarge();

  let text: string;
  try {
    text = await readLimited(req.clone().body, limit);
  } catch (err) {
    if (err instanceof TooLarge) return tooLarge();
    throw err;
  }
  if (jsonNestingExceeds(text, cfg.maxDepth)) {
    const detail = `JSON nesting deeper than ${cfg.maxDepth} levels`;
    return problemBlock(400, "invalid_json", "Malformed JSON body", `Body is rejected: ${detail}.`, "json_too_deep", { errors: [{ pointer: "", detail }] });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message.slice(0, 200);
    return problemBlock(400, "invalid_json", "Malformed JSON body", `Body is not valid JSON: ${detail}`, "invalid_json", { errors: [{ pointer: "", detail }] });
  }
  const errors = validateJson(schema, value, { maxErrors: cfg.maxErrors, maxDepth: cfg.maxDepth });
  if (errors.length === 0) return { kind: "allow" };
  const first = errors[0]!;
  return problemBlock(400, "validation_failed", "Validation failed", `${first.pointer || "body"}: ${first.detail}`, "validation_failed", { errors });
}
