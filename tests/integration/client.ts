import fs from "node:fs";
import path from "node:path";
import { DEMO_RESEARCHER } from "../../db/seed/demo-accounts";
import type { Target } from "./global-setup";

export { DEMO_ADMIN, DEMO_RESEARCHER } from "../../db/seed/demo-accounts";

export interface CallOptions {
  method?: string;
  key?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** One HTTP call to a target; returns status, headers and the parsed body (JSON when it is JSON). */
export async function call<T = Record<string, unknown>>(target: Target, urlPath: string, opts: CallOptions = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body = opts.body;
  if (opts.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.json);
  }
  const res = await fetch(target.url + urlPath, { method: opts.method ?? "GET", headers, body, redirect: "manual" });
  const type = res.headers.get("content-type") ?? "";
  const text = await res.text();
  const data = (type.includes("json") && text ? JSON.parse(text) : text) as T;
  return { status: res.status, headers: res.headers, type, data };
}

const seedData = path.resolve(import.meta.dirname, "..", "..", "db", "seed", "data");

/** Bytes of a real sample file shipped with the seed. */
export function sampleFile(name: string): Buffer {
  return fs.readFileSync(path.join(seedData, name));
}

let counter = 0;
/** A slug unique within this test run. */
export function uniqueSlug(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** Multipart upload body: metadata fields first, then files. */
export function uploadForm(fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer | string }>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append("file", new Blob([typeof f.bytes === "string" ? f.bytes : new Uint8Array(f.bytes)]), f.name);
  return form;
}

/** The demo researcher's session cookie (Auth.js credentials sign-in, as a browser posts it). */
export async function signInSession(target: Target): Promise<string> {
  const csrfRes = await fetch(`${target.url}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${target.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: DEMO_RESEARCHER.email, password: DEMO_RESEARCHER.password }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(?:__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session.split(";")[0]!;
}
