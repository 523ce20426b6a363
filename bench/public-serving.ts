/**
 * Serving speed of the static public dataset page against the same page rendered from the
 * database on every request, in one run on one `next start` (production build), plus the gzip
 * client JS each public route loads as served (the scripts its HTML references), next to what the
 * build manifests say an App Router page would load.
 *
 *   npm run bench -- public-serving [--url http://localhost:3000] [--seconds 10] [--connections 32]
 *     [--client auto|wrk|node] [--slug sars-cov-2-wuhan-hu-1-reference] [--json]
 *
 * - static:  `GET /datasets/<slug>` anonymously — the page cache's copy (lib/page-cache), rendered
 *            once from the snapshot;
 * - dynamic: `GET /app/datasets/<slug>/public-preview` signed in as the demo researcher — the same
 *            page component (lib/ui/public/dataset-view.tsx) rendered per request from PostgreSQL /
 *            PGlite: session check, caller, lab memberships, the dataset, its files and star.
 * Both go through the edge middleware. Without `--url` the script starts the built app itself on a
 * fresh embedded database (`npx next build` first). Load: Debian's `wrk` when installed (one
 * thread; the machine has two cores and the server needs them), else a bounded Node client.
 * Loopback only.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_RESEARCHER } from "../db/seed/demo-accounts";
import { startApp, type AppServer } from "../tests/harness/app-server";
import { routeClientJs, type RouteClientJs } from "./lib/route-client-js";
import { servedClientJs, type ServedClientJs } from "./lib/served-client-js";

interface Options {
  url: string | null;
  seconds: number;
  connections: number;
  client: "wrk" | "node";
  slug: string;
  json: boolean;
}

interface LoadResult {
  name: string;
  url: string;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const PUBLIC_ROUTES = ["/(public)", "/(public)/explore", "/(public)/explore/[kind]/[value]", "/(public)/trending", "/(public)/datasets/[slug]", "/(public)/protocols/[slug]", "/(public)/labs/[slug]", "/(public)/spaces/[slug]"];
const TARGET_GZIP_BYTES = 100 * 1024;

function hasWrk(): boolean {
  return spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;
}

function options(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      url: { type: "string" },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "32" },
      client: { type: "string", default: "auto" },
      slug: { type: "string", default: "sars-cov-2-wuhan-hu-1-reference" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in [${min}, ${max}], got "${raw}"`);
    return n;
  };
  if (values.url && !LOOPBACK.has(new URL(values.url).hostname)) throw new Error(`refusing to benchmark ${new URL(values.url).hostname}: loopback hosts only`);
  if (!["auto", "wrk", "node"].includes(values.client)) throw new Error("--client must be auto, wrk or node");
  const client = values.client === "auto" ? (hasWrk() ? "wrk" : "node") : (values.client as "wrk" | "node");
  if (client === "wrk" && !hasWrk()) throw new Error("wrk is not installed (apt-get install wrk), or use --client node");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(values.slug)) throw new Error("--slug must be a dataset slug");
  return { url: values.url?.replace(/\/+$/, "") ?? null, seconds: int("seconds", values.seconds, 1, 600), connections: int("connections", values.connections, 1, 1024), client, slug: values.slug, json: values.json };
}

/** Signs in through Auth.js's credentials callback and returns the session cookie. */
async function signIn(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: DEMO_RESEARCHER.email, password: DEMO_RESEARCHER.password }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(?:__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${res.headers.get("location") ?? ""}`);
  return session.split(";")[0]!;
}

/** One path per public route: fixed ones, the benchmarked dataset, and the first linked category, protocol, lab and space. */
async function publicSamplePaths(base: string, slug: string): Promise<Array<[string, string]>> {
  const html = (await Promise.all(["/", "/explore", "/trending"].map((p) => fetch(base + p).then((r) => r.text())))).join("");
  const first = (re: RegExp): string | null => re.exec(html)?.[1] ?? null;
  const pick: Array<[string, string | null]> = [
    ["/(public)", "/"],
    ["/(public)/explore", "/explore"],
    ["/(public)/explore/[kind]/[value]", first(/href="(\/explore\/(?:format|organism|tag)\/[^"?#]+)"/)],
    ["/(public)/trending", "/trending"],
    ["/(public)/datasets/[slug]", `/datasets/${slug}`],
    ["/(public)/protocols/[slug]", first(/href="(\/protocols\/[^"?#/]+)"/)],
    ["/(public)/labs/[slug]", first(/href="(\/labs\/[^"?#/]+)"/)],
    ["/(public)/spaces/[slug]", first(/href="(\/spaces\/[^"?#/]+)"/)],
  ];
  return pick.filter((e): e is [string, string] => e[1] !== null);
}

async function waitForSnapshot(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const health = (await fetch(`${base}/api/health`).then((r) => r.json(), () => null)) as { snapshot?: unknown } | null;
    if (health?.snapshot) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("no snapshot after 120 s");
}

async function fetchPage(url: string, headers: Record<string, string>, mustContain: string[]): Promise<{ html: string; cache: string | null }> {
  const res = await fetch(url, { headers, redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  for (const s of mustContain) if (!html.includes(s)) throw new Error(`${url} does not contain ${JSON.stringify(s)}`);
  return { html, cache: res.headers.get("x-nextjs-cache") };
}

/** Milliseconds from a wrk duration (`812.00us`, `3.21ms`, `1.02s`). */
function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "ms" ? n : m[2] === "s" ? n * 1000 : n * 60_000;
}

function runWrk(name: string, url: string, o: Options, headers: Record<string, string>, seconds: number): LoadResult {
  const args = ["-t1", `-c${o.connections}`, `-d${seconds}s`, "--latency", "--timeout", "30s"];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}: ${v}`);
  const run = spawnSync("wrk", [...args, url], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.stdout}`);
  const out = run.stdout;
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? Number.NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((s, n) => s + Number(n), 0) : 0);
  return {
    name,
    url,
    requests,
    errors,
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN),
    p50Ms: wrkMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? ""),
    p99Ms: wrkMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? ""),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** `connections` concurrent keep-alive loops for `seconds`, each reading the whole body. */
async function runNode(name: string, url: string, o: Options, headers: Record<string, string>, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        const res = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        if (res.status === 200) latencies.push(performance.now() - start);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, url, requests: latencies.length + errors, errors, requestsPerSecond: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

async function load(name: string, url: string, o: Options, headers: Record<string, string>): Promise<LoadResult> {
  const run = (seconds: number) => (o.client === "wrk" ? Promise.resolve(runWrk(name, url, o, headers, seconds)) : runNode(name, url, o, headers, seconds));
  await run(Math.min(3, o.seconds)); // warm-up: JIT, connection pool, caches
  return run(o.seconds);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const o = options();
  const distDir = path.join(process.cwd(), process.env.CYANEA_DIST_DIR ?? ".next");
  let app: AppServer | null = null;
  try {
    let base = o.url;
    if (!base) {
      if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error("no production build: run `npx next build` first");
      app = await startApp({ env: { CYANEA_LOG_LEVEL: "error", CYANEA_RATE_LIMIT_SCALE: "1000" } });
      base = app.url;
    }
    await waitForSnapshot(base);
    const health = (await (await fetch(`${base}/api/health`)).json()) as { db: string; snapshot: { id: string } };
    const cookie = await signIn(base);
    const staticUrl = `${base}/datasets/${o.slug}`;
    const dynamicUrl = `${base}/app/datasets/${o.slug}/public-preview`;
    await fetchPage(staticUrl, {}, [`/datasets/${o.slug}`]);
    const staticPage = await fetchPage(staticUrl, {}, ["Snapshot of"]);
    const dynamicPage = await fetchPage(dynamicUrl, { cookie }, ["Live preview from the database"]);
    if (staticPage.cache !== "HIT") throw new Error(`the static page is not served from the page cache (x-nextjs-cache: ${staticPage.cache})`);
    console.log(`public-serving: ${base} (db ${health.db}, snapshot ${health.snapshot.id}), ${o.connections} connections, ${o.seconds} s per phase, client ${o.client}`);
    console.log(`  static  ${staticUrl}  (${kb(Buffer.byteLength(staticPage.html))} HTML, page cache)`);
    console.log(`  dynamic ${dynamicUrl}  (${kb(Buffer.byteLength(dynamicPage.html))} HTML, rendered per request from the database, signed in)`);

    const stat = await load("static", staticUrl, o, {});
    const dyn = await load("dynamic", dynamicUrl, o, { cookie });
    const ratio = { requestsPerSecond: stat.requestsPerSecond / dyn.requestsPerSecond, p50: dyn.p50Ms / stat.p50Ms, p99: dyn.p99Ms / stat.p99Ms };
    const f = (n: number) => n.toFixed(1).padStart(9);
    console.log(`\nphase      requests  errors      req/s    p50 ms    p99 ms`);
    for (const r of [stat, dyn]) console.log(`${r.name.padEnd(9)} ${String(r.requests).padStart(9)} ${String(r.errors).padStart(7)} ${f(r.requestsPerSecond)} ${f(r.p50Ms)} ${f(r.p99Ms)}`);
    console.log(`static/dynamic: req/s ×${ratio.requestsPerSecond.toFixed(1)} (target ≥ 5), p50 ÷${ratio.p50.toFixed(1)}, p99 ÷${ratio.p99.toFixed(1)}`);

    // What each public route loads as served (one sample URL per route), and the signed-in page for contrast.
    const samples = await publicSamplePaths(base, o.slug);
    const served: Array<ServedClientJs & { route: string }> = [];
    for (const [route, samplePath] of samples) served.push({ route, ...(await servedClientJs(base, samplePath)) });
    served.push({ route: "/app/datasets/[slug]", ...(await servedClientJs(base, `/app/datasets/${o.slug}`, { cookie })) });
    console.log(`\nclient JS per route as served (scripts the HTML references, fetched and gzipped at level 6; inline scripts counted apart)`);
    for (const r of served) {
      const target = r.route === "/(public)" || r.route === "/(public)/datasets/[slug]" ? (r.gzipBytes + r.inlineGzipBytes <= TARGET_GZIP_BYTES ? "  ≤ 100 KB ✓" : "  > 100 KB ✗") : "";
      console.log(`  ${r.route.padEnd(34)} ${String(r.scripts.length).padStart(2)} files ${kb(r.rawBytes).padStart(10)} raw ${kb(r.gzipBytes).padStart(9)} gzip, inline ${String(r.inlineScripts).padStart(2)} scripts ${kb(r.inlineGzipBytes).padStart(8)} gzip${target}  ${r.path}`);
    }
    // For comparison: what an App Router page loads once hydrated, from the build manifests.
    const js: RouteClientJs[] = [...PUBLIC_ROUTES, "/app/datasets/[slug]"].map((r) => routeClientJs(distDir, r));
    console.log(`\nApp Router first load from the build manifests (what the pages would load if they hydrated; gzip level 6)`);
    for (const r of js) console.log(`  ${r.route.padEnd(34)} ${String(r.files.length).padStart(2)} files ${kb(r.rawBytes).padStart(10)} raw ${kb(r.gzipBytes).padStart(9)} gzip`);
    // Cross-check of the served measure on a page that keeps its scripts: the signed-in page's
    // scripts are the manifest's files (the manifest may list a chunk only loaded later, e.g. an
    // error boundary's).
    const appServed = served.at(-1)!.scripts.map((s) => s.replace(/^\/_next\//, "").replace(/\?.*$/, ""));
    const appCounted = js.at(-1)!.files;
    const extra = appServed.filter((f) => !appCounted.includes(f));
    const notServed = appCounted.filter((f) => !appServed.includes(f));
    const same = extra.length === 0;
    console.log(`  served /app/datasets/${o.slug} references ${appServed.length} scripts: ${same ? `all in the manifest (${notServed.length} manifest file(s) not referenced: ${notServed.join(", ") || "none"})` : `not in the manifest: ${extra.join(", ")}`}`);

    const result = { bench: "public-serving", at: new Date().toISOString(), url: base, db: health.db, snapshot: health.snapshot.id, client: o.client, connections: o.connections, seconds: o.seconds, static: stat, dynamic: dyn, ratio, servedClientJs: served.map(({ route, path: p, rawBytes, gzipBytes, scripts, inlineScripts, inlineRawBytes, inlineGzipBytes }) => ({ route, path: p, rawBytes, gzipBytes, files: scripts.length, inlineScripts, inlineRawBytes, inlineGzipBytes })), manifestClientJs: js.map(({ route, rawBytes, gzipBytes, files }) => ({ route, rawBytes, gzipBytes, files: files.length })), servedScriptsMatch: same };
    const dir = path.join(process.cwd(), "bench", ".results");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `public-serving-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
    if (o.json) console.log(JSON.stringify(result));
    if (stat.errors + dyn.errors > 0) process.exitCode = 1;
  } finally {
    await app?.stop();
  }
}

main().catch((err: unknown) => {
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : "";
  console.error(err instanceof Error ? `${err.message}${cause}` : err);
  process.exitCode = 1;
});
