/**
 * Latency and throughput of `GET /api/datasets?limit=50` at 32 concurrent connections, for the
 * first page and for a deep page (~1000 pages in, reached by following cursors), against a running
 * server. Keyset pagination should make the deep page about as fast as the first one; the
 * deep/page-1 ratios printed at the end say whether it does.
 *   npm run bench -- api-list [--url http://localhost:3000] [--depth 1000] [--concurrency 32]
 *     [--requests 2000] [--max-seconds 20] [--limit 50] [--as anonymous|researcher|admin] [--json]
 * Loopback only: the script refuses any other host.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_ADMIN, DEMO_RESEARCHER } from "../db/seed/demo-accounts";

interface Options {
  base: URL;
  depth: number;
  concurrency: number;
  requests: number;
  maxSeconds: number;
  limit: number;
  as: "anonymous" | "researcher" | "admin";
  json: boolean;
}

interface PhaseResult {
  name: string;
  requests: number;
  errors: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  seconds: number;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function options(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      url: { type: "string", default: "http://localhost:3000" },
      depth: { type: "string", default: "1000" },
      concurrency: { type: "string", default: "32" },
      requests: { type: "string", default: "2000" },
      "max-seconds": { type: "string", default: "20" },
      limit: { type: "string", default: "50" },
      as: { type: "string", default: "anonymous" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in [${min}, ${max}], got "${raw}"`);
    return n;
  };
  const base = new URL(values.url);
  if (!LOOPBACK.has(base.hostname)) throw new Error(`refusing to benchmark ${base.hostname}: loopback hosts only`);
  if (values.as !== "anonymous" && values.as !== "researcher" && values.as !== "admin") throw new Error(`--as must be anonymous, researcher or admin`);
  return {
    base,
    depth: int("depth", values.depth, 0, 100_000),
    concurrency: int("concurrency", values.concurrency, 1, 256),
    requests: int("requests", values.requests, 1, 1_000_000),
    maxSeconds: int("max-seconds", values["max-seconds"], 1, 600),
    limit: int("limit", values.limit, 1, 100),
    as: values.as,
    json: values.json,
  };
}

function headersFor(as: Options["as"]): Record<string, string> {
  const key = as === "researcher" ? DEMO_RESEARCHER.apiKey : as === "admin" ? DEMO_ADMIN.apiKey : null;
  return key ? { authorization: `Bearer ${key}`, accept: "application/json" } : { accept: "application/json" };
}

function listUrl(o: Options, cursor: string | null): string {
  const url = new URL("/api/datasets", o.base);
  url.searchParams.set("limit", String(o.limit));
  if (cursor) url.searchParams.set("cursor", cursor);
  return url.toString();
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Follows `nextCursor` up to `depth` pages; returns the cursor of the last page reached. */
async function walk(o: Options, headers: Record<string, string>): Promise<{ cursor: string | null; pages: number; items: number; msPerPage: number }> {
  let cursor: string | null = null;
  let pages = 0;
  let items = 0;
  const t0 = performance.now();
  while (pages < o.depth) {
    const res = await fetch(listUrl(o, cursor), { headers });
    if (!res.ok) throw new Error(`walk: page ${pages + 1} returned ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    items += body.items.length;
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
    pages++;
  }
  return { cursor, pages, items, msPerPage: (performance.now() - t0) / Math.max(1, pages) };
}

/** `requests` GETs of one URL from `concurrency` workers, stopped early at `maxSeconds`. */
async function hammer(name: string, url: string, o: Options, headers: Record<string, string>): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + o.maxSeconds * 1000;
  const t0 = performance.now();
  const worker = async () => {
    while (issued < o.requests && performance.now() < deadline) {
      issued++;
      const start = performance.now();
      try {
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
        // Read the whole body: the time to last byte is what a client waits for.
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - start);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length + errors,
    errors,
    p50Ms: percentile(latencies, 50),
    p90Ms: percentile(latencies, 90),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1] ?? Number.NaN,
    requestsPerSecond: latencies.length / seconds,
    seconds,
  };
}

function row(r: PhaseResult): string {
  const f = (n: number) => n.toFixed(1).padStart(8);
  return `${r.name.padEnd(12)} ${String(r.requests).padStart(7)} ${String(r.errors).padStart(6)} ${f(r.p50Ms)} ${f(r.p90Ms)} ${f(r.p99Ms)} ${f(r.maxMs)} ${f(r.requestsPerSecond)}`;
}

async function main(): Promise<void> {
  const o = options();
  const headers = headersFor(o.as);
  const health = await fetch(new URL("/api/health", o.base)).then((r) => r.json() as Promise<{ db?: string }>, () => null);
  if (!health) throw new Error(`no server at ${o.base.origin} (GET /api/health failed)`);
  console.log(`api-list: ${o.base.origin} (db ${health.db ?? "?"}), as ${o.as}, limit ${o.limit}, ${o.concurrency} connections, ≤${o.requests} requests or ${o.maxSeconds} s per phase`);

  // Warm up route compilation, connection pool and caches, so phase 1 does not pay for them.
  await hammer("warmup", listUrl(o, null), { ...o, requests: Math.min(200, o.requests), maxSeconds: 10 }, headers);

  const walked = await walk(o, headers);
  console.log(`walked ${walked.pages} pages (${walked.items} items) at ${walked.msPerPage.toFixed(1)} ms/page${walked.pages < o.depth ? ` — the list ended before depth ${o.depth}` : ""}`);

  const first = await hammer("page 1", listUrl(o, null), o, headers);
  const deep = await hammer(`page ${walked.pages + 1}`, listUrl(o, walked.cursor), o, headers);
  // The framework's floor on this machine: the cheapest route (one `select 1`) under the same load.
  const floor = await hammer("health", new URL("/api/health", o.base).toString(), o, headers);
  const ratio = { p50: deep.p50Ms / first.p50Ms, p99: deep.p99Ms / first.p99Ms, requestsPerSecond: deep.requestsPerSecond / first.requestsPerSecond };

  console.log(`phase        requests errors  p50 ms   p90 ms   p99 ms   max ms    req/s`);
  console.log(row(first));
  console.log(row(deep));
  console.log(row(floor));
  console.log(`deep/page1: p50 ×${ratio.p50.toFixed(2)}, p99 ×${ratio.p99.toFixed(2)}, req/s ×${ratio.requestsPerSecond.toFixed(2)}`);

  const result = { bench: "api-list", at: new Date().toISOString(), url: o.base.origin, db: health.db ?? null, as: o.as, limit: o.limit, concurrency: o.concurrency, depth: walked.pages, first, deep, floor, ratio };
  const dir = path.join(process.cwd(), "bench", ".results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `api-list-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
  if (o.json) console.log(JSON.stringify(result));
  if (first.errors + deep.errors > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
