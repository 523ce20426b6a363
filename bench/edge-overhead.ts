/**
 * Edge pipeline overhead over HTTP: the same routes on two running `next start` servers, one with the pipeline
 * and one started with `CYANEA_EDGE=off` (every stage disabled), loaded in turn by a keep-alive load generator
 * in this process, fixed duration per run. Throughput is measured with N connections (server saturated);
 * latency (p50/p99) with `--latency-connections` (default 1: unsaturated, so p99 is the pipeline's cost and not
 * queueing). On and off runs are interleaved twice and the better run of each side is kept (shared machines
 * drift). Prints the throughput ratio (target ≥ 85%) and the p99 latency added (target ≤ 2 ms). Servers should
 * run with CYANEA_RATE_LIMIT_SCALE high (e.g. 1000) so the limiter does not answer 429.
 *
 *   npm run bench -- edge-overhead --url-on http://127.0.0.1:3101 --url-off http://127.0.0.1:3102 \
 *     [--connections 16] [--latency-connections 1] [--duration 10] [--paths /api/health,/]
 */
import http from "node:http";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const urlOn = arg("url-on", "");
const urlOff = arg("url-off", "");
const connections = Number(arg("connections", "16"));
const latencyConnections = Number(arg("latency-connections", "1"));
const duration = Number(arg("duration", "10"));
const paths = arg("paths", "/api/health,/").split(",");
const ON_RATIO_TARGET = 0.85;
const P99_ADDED_TARGET_MS = 2;

const HEADERS = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  accept: "text/html,application/json;q=0.9,*/*;q=0.8",
  "accept-language": "en-US,en;q=0.9",
  "accept-encoding": "identity",
};

interface Run {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

/** One keep-alive connection issuing requests back to back until `deadline`. */
function worker(base: URL, path: string, agent: http.Agent, deadline: number, lat: number[], run: Run): Promise<void> {
  return new Promise((resolve) => {
    const next = (): void => {
      if (performance.now() >= deadline) return resolve();
      const t0 = performance.now();
      const req = http.request(
        { host: base.hostname, port: base.port, path, method: "GET", agent, headers: HEADERS },
        (res) => {
          res.on("data", () => {});
          res.on("end", () => {
            lat.push(performance.now() - t0);
            const k = String(res.statusCode);
            run.statuses[k] = (run.statuses[k] ?? 0) + 1;
            next();
          });
        },
      );
      req.on("error", () => {
        run.errors++;
        next();
      });
      req.end();
    };
    next();
  });
}

async function load(baseUrl: string, path: string, seconds: number, conns = connections): Promise<Run> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const lat: number[] = [];
  const run: Run = { reqPerSec: 0, p50: 0, p99: 0, errors: 0, statuses: {} };
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(Array.from({ length: conns }, () => worker(base, path, agent, deadline, lat, run)));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  lat.sort((a, b) => a - b);
  run.reqPerSec = lat.length / elapsed;
  run.p50 = lat[Math.floor(lat.length * 0.5)] ?? Number.NaN;
  run.p99 = lat[Math.floor(lat.length * 0.99)] ?? Number.NaN;
  return run;
}

const fmt = (r: Run): string =>
  `${Math.round(r.reqPerSec).toLocaleString("en-US").padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  statuses ${JSON.stringify(r.statuses)}${r.errors ? `  errors ${r.errors}` : ""}`;

async function main(): Promise<void> {
  if (!urlOn || !urlOff) {
    console.error("usage: npm run bench -- edge-overhead --url-on <pipeline on> --url-off <CYANEA_EDGE=off> [--connections N] [--duration s] [--paths a,b]");
    process.exit(1);
  }
  console.log(
    `edge overhead: throughput with ${connections} keep-alive connections, latency with ${latencyConnections}; ` +
      `${duration} s per side and phase; paths ${paths.join(" ")}`,
  );
  for (const path of paths) {
    await load(urlOn, path, 2); // warm-up (JIT, route compilation, caches)
    await load(urlOff, path, 2);
    // Interleave on/off twice so drift on a shared machine hits both sides alike; keep the better run of each.
    const runs = { onT: [] as Run[], offT: [] as Run[], onL: [] as Run[], offL: [] as Run[] };
    for (let i = 0; i < 2; i++) {
      runs.offT.push(await load(urlOff, path, duration / 4));
      runs.onT.push(await load(urlOn, path, duration / 4));
      runs.offL.push(await load(urlOff, path, duration / 4, latencyConnections));
      runs.onL.push(await load(urlOn, path, duration / 4, latencyConnections));
    }
    const fastest = (rs: Run[]): Run => rs.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
    const steadiest = (rs: Run[]): Run => rs.reduce((a, b) => (b.p99 < a.p99 ? b : a));
    const [onT, offT, onL, offL] = [fastest(runs.onT), fastest(runs.offT), steadiest(runs.onL), steadiest(runs.offL)];
    const ratio = onT.reqPerSec / offT.reqPerSec;
    const added = onL.p99 - offL.p99;
    console.log(`GET ${path}`);
    console.log(`  throughput, ${connections} connections`);
    console.log(`    pipeline off  ${fmt(offT)}`);
    console.log(`    pipeline on   ${fmt(onT)}`);
    console.log(`  latency, ${latencyConnections} connection(s)`);
    console.log(`    pipeline off  ${fmt(offL)}`);
    console.log(`    pipeline on   ${fmt(onL)}`);
    console.log(
      `  throughput on/off ${(100 * ratio).toFixed(1)}% (target ≥ ${100 * ON_RATIO_TARGET}%: ${ratio >= ON_RATIO_TARGET ? "MET" : "NOT MET"}); ` +
        `p99 added ${added.toFixed(2)} ms (target ≤ ${P99_ADDED_TARGET_MS} ms: ${added <= P99_ADDED_TARGET_MS ? "MET" : "NOT MET"})`,
    );
  }
}

await main();
