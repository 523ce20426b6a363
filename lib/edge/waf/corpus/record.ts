/**
 * Corpus records (one JSON object per line, see README.md) turned into WafInput, as the pipeline would build
 * it from the wire request. Pure: used by the corpus replay test and the bench.
 */
import type { WafInput } from "../types";

export interface CorpusRecord {
  id: string;
  rule_id: number | null;
  category: string;
  subcategory?: string;
  paranoia_level: number | null;
  method: string;
  uri: string;
  headers: Record<string, string>;
  body?: string;
  body_b64?: string;
  raw_b64?: string;
  expect: "attack" | "benign";
  benign_scope?: string;
}

function b64ToLatin1(b64: string): string {
  return atob(b64);
}

/** Latin-1 string of raw bytes → text as a server would decode it (UTF-8, lenient). */
function bytesToText(latin1: string): string {
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i) & 0xff;
  return new TextDecoder("utf-8").decode(bytes);
}

function splitUri(uri: string): { path: string; rawQuery: string } {
  let u = uri;
  const abs = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(u);
  if (abs) u = u.slice(abs[0].length) || "/";
  const hash = u.indexOf("#");
  if (hash !== -1) u = u.slice(0, hash);
  const q = u.indexOf("?");
  return q === -1 ? { path: u, rawQuery: "" } : { path: u.slice(0, q), rawQuery: u.slice(q + 1) };
}

function joinHeaders(pairs: Array<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) {
    const key = k.toLowerCase();
    out[key] = out[key] === undefined ? v : `${out[key]}, ${v}`;
  }
  return out;
}

/** Parse raw request bytes (the `raw_b64` records, often malformed) as leniently as a server would. */
function fromRaw(raw: string): WafInput {
  const text = bytesToText(raw);
  let sep = text.indexOf("\r\n\r\n");
  let sepLen = 4;
  if (sep === -1) {
    sep = text.indexOf("\n\n");
    sepLen = 2;
  }
  const head = sep === -1 ? text : text.slice(0, sep);
  const body = sep === -1 ? "" : text.slice(sep + sepLen);
  const lines = head.split(/\r?\n/);
  const [method = "GET", uri = "/"] = (lines[0] ?? "").split(" ");
  const pairs: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    if (i > 0) pairs.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  const headers = joinHeaders(pairs);
  const { path, rawQuery } = splitUri(uri);
  return {
    method,
    path,
    rawQuery,
    headers,
    body: body.length > 0 ? { contentType: headers["content-type"] ?? "", text: body } : undefined,
  };
}

/** The WafInput the pipeline would build for this record. */
export function recordToInput(rec: CorpusRecord): WafInput {
  if (rec.raw_b64) return fromRaw(b64ToLatin1(rec.raw_b64));
  const headers = joinHeaders(Object.entries(rec.headers ?? {}));
  const { path, rawQuery } = splitUri(rec.uri || "/");
  const text = rec.body_b64 ? bytesToText(b64ToLatin1(rec.body_b64)) : (rec.body ?? "");
  return {
    method: rec.method || "GET",
    path,
    rawQuery,
    headers,
    body: text.length > 0 ? { contentType: headers["content-type"] ?? "", text } : undefined,
  };
}

/** Deterministic half assignment (FNV-1a of the id): "tune" for even, "holdout" for odd. */
export function corpusHalf(id: string): "tune" | "holdout" {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "tune" : "holdout";
}

/** Parse a JSONL file's text into records. */
export function parseJsonl(text: string): CorpusRecord[] {
  return text
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusRecord);
}
