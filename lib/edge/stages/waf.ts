import { readBodyPrefix } from "../body-prefix";
import { inspectRequest } from "../waf/engine";
import type { WafConfig, WafInput } from "../waf/types";
import { problemBlock, type EdgeContext, type StageDecision } from "../config";

/**
 * WAF stage: adapts a Request to the WAF engine's plain-data input (lib/edge/waf), records the
 * anomaly score and fired rule ids for the decision log, and blocks at the engine's "block" action
 * with a 403 problem that carries the request id but never the rule details. "warn" is allowed and
 * only logged. Multipart bodies are inspected like any other body (their first `maxBodyBytes`); dataset
 * uploads skip the edge (middleware matcher) and are inspected by their route.
 */

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Path and query as they appear in the request URL (still percent-encoded, `+` undecoded). */
export function rawPathAndQuery(url: string): { path: string; rawQuery: string } {
  const afterScheme = url.indexOf("//");
  const pathStart = afterScheme >= 0 ? url.indexOf("/", afterScheme + 2) : 0;
  const rest = pathStart >= 0 ? url.slice(pathStart) : "/";
  const hash = rest.indexOf("#");
  const noHash = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = noHash.indexOf("?");
  return q >= 0 ? { path: noHash.slice(0, q), rawQuery: noHash.slice(q + 1) } : { path: noHash, rawQuery: "" };
}

/** The engine's input for a request. */
export async function wafInputOf(req: Request, maxBodyBytes: number): Promise<WafInput> {
  const { path, rawQuery } = rawPathAndQuery(req.url);
  const headers: Record<string, string> = {};
  req.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const input: WafInput = { method: req.method.toUpperCase(), path, rawQuery, headers };
  const contentType = req.headers.get("content-type") ?? "";
  if (BODY_METHODS.has(input.method) && req.body) {
    input.body = { contentType, text: await readBodyPrefix(req, maxBodyBytes) };
  }
  return input;
}

/**
 * The engine's input for a request whose body the caller has already parsed into text fields (a
 * streamed multipart upload that skips the edge): path, query and headers as received, and the
 * fields as a multipart body, so they are inspected as multipart values under their `/<name>`.
 */
export function wafInputOfFields(req: Request, fields: Record<string, string>): WafInput {
  const { path, rawQuery } = rawPathAndQuery(req.url);
  const headers: Record<string, string> = {};
  req.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const boundary = boundaryNotIn(Object.entries(fields).flat());
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, (c) => encodeURIComponent(c))}"\r\n\r\n${value}\r\n`,
  );
  const contentType = `multipart/form-data; boundary=${boundary}`;
  headers["content-type"] = contentType;
  return { method: req.method.toUpperCase(), path, rawQuery, headers, body: { contentType, text: `${parts.join("")}--${boundary}--\r\n` } };
}

/**
 * A multipart boundary that occurs in none of `texts`: random, so a field value cannot close the
 * serialized form early and hide the fields after it from inspection.
 */
function boundaryNotIn(texts: string[]): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const boundary = `cyanea-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
    if (!texts.some((text) => text.includes(boundary))) return boundary;
  }
}

/**
 * Compiles the rule set for `config`'s paranoia level ahead of the first request, so the one-off
 * compile (tens of ms) is not charged to a request's WAF time budget. Never throws.
 */
export function warmUpWaf(config: WafConfig): void {
  try {
    // Exercise every target kind once: V8 compiles each regex on its first use.
    const headers = { "user-agent": "Mozilla/5.0 (warm-up)", referer: "http://localhost/a?b=c", cookie: "a=b; c=d", "content-type": "application/json", accept: "*/*" };
    const body = JSON.stringify({ title: "Warm-up <b>", steps: [{ body: "select 1; ls ../x && echo $(id)" }], n: 1 });
    inspectRequest({ method: "GET", path: "/api/warm/up", rawQuery: "q=a%27+or+1%3D1&x=%3Cscript%3E", headers }, config);
    inspectRequest({ method: "POST", path: "/api/warm/up", rawQuery: "", headers, body: { contentType: "application/json", text: body } }, config);
    inspectRequest({ method: "POST", path: "/api/warm/up", rawQuery: "", headers: { ...headers, "content-type": "application/x-www-form-urlencoded" }, body: { contentType: "application/x-www-form-urlencoded", text: "a=b&c=%27d" } }, config);
  } catch {
    // The engine does not throw by contract; a broken rule set shows up on the first real request.
  }
}

export async function wafStage(req: Request, ctx: EdgeContext): Promise<StageDecision> {
  const config = ctx.config.waf;
  const result = inspectRequest(await wafInputOf(req, config.limits.maxBodyBytes), config);
  ctx.waf = { score: result.score, action: result.action, ruleIds: [...new Set(result.matched.map((m) => m.ruleId))] };
  if (result.action !== "block") return { kind: "allow" };
  return problemBlock(403, "forbidden", "Forbidden", "The request was blocked by the web application firewall. Quote the request id when reporting a false positive.", "waf_block");
}
