import type { z } from "zod";
import { AppError, type FieldError } from "@/lib/errors/app-error";
import { issueDetail } from "./issue-detail";

/** Default ceiling for JSON request bodies. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;

/** Reads a JSON body with a byte ceiling enforced while streaming, then validates it with `schema`. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, limitBytes = JSON_BODY_LIMIT_BYTES): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", `Expected Content-Type application/json, got "${type || "none"}"`);
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw new AppError("payload_too_large", `JSON body exceeds ${limitBytes} bytes`);
  const text = await readTextLimited(req, limitBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new AppError("invalid_json", `Body is not valid JSON: ${(err as Error).message}`, { errors: [{ pointer: "", detail: (err as Error).message }] });
  }
  return validate(schema, value);
}

/** Validates a value, turning issues into JSON-pointer field errors. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const nul = findNul(value, "");
  if (nul !== null) {
    // PostgreSQL text cannot hold U+0000; refuse it here instead of failing in the database.
    throw new AppError("validation_failed", `${nul || "body"}: text must not contain NUL (U+0000) characters`, { errors: [{ pointer: nul, detail: "contains a NUL character" }] });
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    pointer: "/" + issue.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/"),
    detail: issueDetail(issue),
  }));
  const first = errors[0];
  throw new AppError("validation_failed", first ? `${first.pointer === "/" ? "body" : first.pointer}: ${first.detail}` : "Invalid body", { errors });
}

async function readTextLimited(req: Request, limitBytes: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", `JSON body exceeds ${limitBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(concat(chunks, total));
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** JSON pointer of the first string (or key) containing U+0000, or null. Depth-bounded by the JSON parser. */
function findNul(value: unknown, pointer: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? pointer : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${pointer}/${i}`);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const at = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (k.includes("\u0000")) return at;
      const hit = findNul(v, at);
      if (hit !== null) return hit;
    }
  }
  return null;
}
