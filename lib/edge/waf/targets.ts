/**
 * Target extraction: turns a WafInput into the list of (name, value) pairs that rules inspect, within fixed
 * bounds. Going over a bound is reported as a finding (category `limits`), never as an exception.
 */
import { formDecode } from "./transforms";
import type { TargetKind, WafInput, WafLimits, WafMatch } from "./types";

export interface Target {
  kind: TargetKind;
  /** Display name used in matches and exclusions: `query:q`, `json:/steps/0/body`, `header:user-agent`. */
  name: string;
  /** Field path for exclusions: the JSON pointer, or `/<name>` for query, form and multipart fields; "" otherwise. */
  field: string;
  value: string;
}

export interface Extraction {
  targets: Target[];
  /** Structural findings (limits exceeded, unparsable bodies) scored like rule matches. */
  findings: WafMatch[];
  /** Lower-cased headers. */
  headers: Record<string, string>;
}

/** Rule ids of the structural findings (the `limits` and `protocol` categories in rules.ts document them). */
export const FINDING = {
  bodyTooLarge: 1101,
  jsonTooDeep: 1102,
  tooManyFields: 1103,
  jsonInvalid: 1104,
  multipartInvalid: 1105,
  valueTruncated: 1106,
} as const;

export function pointerEscape(key: string): string {
  return key.indexOf("~") === -1 && key.indexOf("/") === -1 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}

class Collector {
  readonly targets: Target[] = [];
  readonly findings: WafMatch[] = [];
  private fields = 0;
  private overflow = false;
  private truncatedReported = false;
  constructor(readonly limits: WafLimits) {}

  /** Adds a client-chosen field (counts toward maxFields); returns false once the bound is hit. */
  field(kind: TargetKind, name: string, field: string, value: string): boolean {
    if (this.fields >= this.limits.maxFields) {
      if (!this.overflow) {
        this.overflow = true;
        this.finding(FINDING.tooManyFields, "limits", "request:fields", 10);
      }
      return false;
    }
    this.fields++;
    this.add(kind, name, field, value);
    return true;
  }

  add(kind: TargetKind, name: string, field: string, value: string): void {
    let v = value;
    if (v.length > this.limits.maxValueChars) {
      v = v.slice(0, this.limits.maxValueChars);
      if (!this.truncatedReported) {
        this.truncatedReported = true;
        this.finding(FINDING.valueTruncated, "limits", name, 0);
      }
    }
    if (v.length > 0) this.targets.push({ kind, name, field, value: v });
  }

  finding(ruleId: number, category: WafMatch["category"], target: string, score: number): void {
    this.findings.push({ ruleId, category, target, score });
  }
}

/**
 * With `*` in inspectedHeaders every header is inspected except these: credentials (never matched, never
 * logged) and negotiation headers whose syntax (`*\/*;q=0.8`) is noise to value rules.
 */
const SKIPPED_HEADERS = new Set([
  "authorization", "proxy-authorization", "accept", "accept-language", "accept-encoding", "connection",
  "keep-alive", "cache-control", "pragma", "upgrade-insecure-requests", "if-none-match", "if-modified-since",
  "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest", "sec-fetch-user", "sec-ch-ua", "sec-ch-ua-platform",
  "traceparent", "tracestate", "x-request-id", "baggage", "priority", "te", "dnt",
]);

/** Split `a=1&b=2` (query or form body), decoding `+` as space and percent-escapes once. */
export function parseUrlEncoded(raw: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (raw.length === 0) return out;
  for (const part of raw.split("&")) {
    if (part.length === 0) continue;
    const eq = part.indexOf("=");
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? "" : part.slice(eq + 1);
    out.push([formDecode(name), formDecode(value)]);
  }
  return out;
}

/** Split a Cookie header into name/value pairs (values are not decoded here; rules decode). */
export function parseCookies(header: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of header.split(";")) {
    const p = part.trim();
    if (p.length === 0) continue;
    const eq = p.indexOf("=");
    out.push(eq === -1 ? [p, ""] : [p.slice(0, eq).trim(), p.slice(eq + 1).trim()]);
  }
  return out;
}

function addUrlEncoded(c: Collector, raw: string, prefix: "query" | "form"): void {
  const nameKind: TargetKind = prefix === "query" ? "query-name" : "form-name";
  const valueKind: TargetKind = prefix === "query" ? "query-value" : "form-value";
  for (const [name, value] of parseUrlEncoded(raw)) {
    if (!c.field(nameKind, `${prefix}-name:${name}`, `/${name}`, name)) return;
    c.add(valueKind, `${prefix}:${name}`, `/${name}`, value);
  }
}

function walkJson(c: Collector, node: unknown, pointer: string, depth: number): boolean {
  if (depth > c.limits.maxJsonDepth) {
    c.finding(FINDING.jsonTooDeep, "limits", `json:${pointer || "/"}`, 10);
    return false;
  }
  if (typeof node === "string") return c.field("json-value", `json:${pointer}`, pointer, node);
  if (node === null || typeof node !== "object") return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (!walkJson(c, node[i], `${pointer}/${i}`, depth + 1)) return false;
    return true;
  }
  for (const key of Object.keys(node as Record<string, unknown>)) {
    const p = `${pointer}/${pointerEscape(key)}`;
    if (!c.field("json-key", `json-key:${p}`, p, key)) return false;
    if (!walkJson(c, (node as Record<string, unknown>)[key], p, depth + 1)) return false;
  }
  return true;
}

/** Cheap depth pre-check so that JSON.parse never sees pathological nesting. */
function jsonNestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inStr) {
      if (ch === 92) i++;
      else if (ch === 34) inStr = false;
    } else if (ch === 34) inStr = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > max) return true;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return false;
}

function addJson(c: Collector, text: string, truncated: boolean): void {
  if (!truncated && jsonNestingExceeds(text, c.limits.maxJsonDepth + 1)) {
    c.finding(FINDING.jsonTooDeep, "limits", "json:/", 10);
    c.add("body", "body", "", text);
    return;
  }
  let doc: unknown;
  try {
    doc = truncated ? undefined : JSON.parse(text);
  } catch {
    doc = undefined;
  }
  if (doc === undefined) {
    if (!truncated) c.finding(FINDING.jsonInvalid, "protocol", "body", 5);
    c.add("body", "body", "", text);
    return;
  }
  walkJson(c, doc, "", 0);
}

function headerParam(value: string, param: string): string | undefined {
  const re = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i");
  const m = re.exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

function addMultipart(c: Collector, text: string, contentType: string): void {
  const boundary = headerParam(contentType, "boundary");
  if (!boundary) {
    c.finding(FINDING.multipartInvalid, "multipart", "body", 10);
    c.add("body", "body", "", text);
    return;
  }
  const delim = `--${boundary}`;
  const chunks = text.split(delim);
  if (chunks.length < 2) {
    c.finding(FINDING.multipartInvalid, "multipart", "body", 10);
    c.add("body", "body", "", text);
    return;
  }
  let closed = false;
  for (let i = 1; i < chunks.length; i++) {
    let part = chunks[i] ?? "";
    if (part.startsWith("--")) {
      closed = true;
      break;
    }
    part = part.replace(/^\r?\n/, "").replace(/\r?\n$/, "");
    let sep = part.indexOf("\r\n\r\n");
    let sepLen = 4;
    if (sep === -1) {
      sep = part.indexOf("\n\n");
      sepLen = 2;
    }
    const head = sep === -1 ? part : part.slice(0, sep);
    const value = sep === -1 ? "" : part.slice(sep + sepLen);
    const disposition = /^content-disposition:[^\r\n]*/im.exec(head)?.[0] ?? "";
    const name = headerParam(disposition, "name") ?? "";
    const filename = headerParam(disposition, "filename");
    if (!c.field("multipart-name", `multipart-name:${name}`, `/${name}`, name)) return;
    c.add("multipart-header", `multipart-header:${name}`, `/${name}`, head);
    if (filename !== undefined) c.add("multipart-filename", `multipart-filename:${name}`, `/${name}`, filename);
    c.add("multipart-value", `multipart:${name}`, `/${name}`, value);
  }
  if (!closed) c.finding(FINDING.multipartInvalid, "multipart", "body", 5);
}

const XML_ATTR = /\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XML_TEXT = />([^<]+)</g;

function addXml(c: Collector, text: string): void {
  let m: RegExpExecArray | null;
  XML_ATTR.lastIndex = 0;
  while ((m = XML_ATTR.exec(text)) !== null) {
    if (!c.field("xml-value", "xml:attr", "/xml", m[1] ?? m[2] ?? "")) return;
  }
  XML_TEXT.lastIndex = 0;
  while ((m = XML_TEXT.exec(text)) !== null) {
    if (!c.field("xml-value", "xml:text", "/xml", m[1] ?? "")) return;
  }
  // Element and attribute names are markup, not data (they are not inspected, as in XML:/* of ModSecurity);
  // CDATA sections and comments can carry payloads and are inspected as text.
  const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--([\s\S]*?)-->/g;
  while ((m = CDATA.exec(text)) !== null) {
    if (!c.field("xml-value", "xml:text", "/xml", m[1] ?? m[2] ?? "")) return;
  }
  if (/<!(?:doctype|entity)/i.test(text)) c.add("body", "body", "", text.replace(/^\s*<\?xml[^>]*\?>/i, ""));
}

/** "ok", "bad-escape" (a `%` not followed by two hex digits) or "bad-utf8" (escapes that are not UTF-8). */
function urlEncoding(raw: string): "ok" | "bad-escape" | "bad-utf8" {
  if (raw.indexOf("%") === -1) return "ok";
  if (/%(?![0-9a-fA-F]{2})/.test(raw)) return "bad-escape";
  try {
    decodeURIComponent(raw);
    return "ok";
  } catch {
    return "bad-utf8";
  }
}

/** `method=…`, `body=0|1`, `content-type=0|1`, `host=…`, `accept=…`, `url-encoding=ok|bad-escape|bad-utf8` (one per line). */
function requestMeta(input: WafInput, headers: Record<string, string>): string {
  const hasBody = input.body !== undefined && input.body.text.length > 0;
  const lines = [
    `method=${(input.method || "").toLowerCase()}`,
    `body=${hasBody ? 1 : 0}`,
    `content-type=${headers["content-type"] !== undefined && headers["content-type"].trim() !== "" ? 1 : 0}`,
    `host=${headers["host"] === undefined ? "(none)" : headers["host"].trim()}`,
    `url-encoding=${[urlEncoding(input.path), urlEncoding(input.rawQuery)].find((e) => e !== "ok") ?? "ok"}`,
  ];
  if (headers["accept"] !== undefined) lines.push(`accept=${headers["accept"].trim()}`);
  return lines.join("\n");
}

/** Extract the inspected targets of a request (bounded by `limits`). */
export function extractTargets(input: WafInput, inspectedHeaders: readonly string[], limits: WafLimits): Extraction {
  const c = new Collector(limits);
  const headers: Record<string, string> = {};
  for (const k of Object.keys(input.headers)) {
    const v = input.headers[k];
    if (typeof v === "string") headers[k.toLowerCase()] = v;
  }

  c.add("path", "path", "", input.path);
  if (input.rawQuery.length > 0) addUrlEncoded(c, input.rawQuery, "query");

  const names = Object.keys(headers);
  c.add("header-names", "header-names", "", names.join("\n"));
  const all = inspectedHeaders.includes("*");
  const selected = all ? names.filter((h) => !SKIPPED_HEADERS.has(h) || inspectedHeaders.includes(h)) : inspectedHeaders;
  for (const h of selected) {
    const v = headers[h];
    if (v === undefined) continue;
    if (h === "cookie") {
      for (const [name, value] of parseCookies(v)) {
        if (!c.field("cookie-name", `cookie-name:${name}`, `/${name}`, name)) break;
        c.add("cookie-value", `cookie:${name}`, `/${name}`, value);
      }
    } else {
      c.add("header", `header:${h}`, "", v);
    }
  }

  // Request shape as `key=value` lines, for protocol rules that look at several facts at once.
  c.add("request-meta", "request", "", requestMeta(input, headers));

  const body = input.body;
  if (body && body.text.length > 0) {
    let text = body.text;
    const truncated = text.length > limits.maxBodyBytes;
    if (truncated) {
      text = text.slice(0, limits.maxBodyBytes);
      c.finding(FINDING.bodyTooLarge, "limits", "body", 5);
    }
    const ct = body.contentType.toLowerCase();
    if (ct.startsWith("application/x-www-form-urlencoded")) addUrlEncoded(c, text, "form");
    else if (ct.startsWith("multipart/form-data")) addMultipart(c, text, body.contentType);
    else if (/^application\/(?:[\w.-]+\+)?json\b/.test(ct) || ct.startsWith("application/csp-report")) addJson(c, text, truncated);
    else if (/^(?:application|text)\/(?:[\w.-]+\+)?xml\b/.test(ct)) addXml(c, text);
    else c.add("body", "body", "", text);
  }
  return { targets: c.targets, findings: c.findings, headers };
}
