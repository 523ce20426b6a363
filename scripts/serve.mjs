/**
 * The production HTTP server: Next's request handler behind a plain Node `http` server that stamps
 * each request with the address its TCP connection came from (`x-real-ip`, overwriting any copy
 * the client sent). `next start` offers no trustworthy client address to middleware: it fills
 * `x-forwarded-for` only when the client sent none, so a directly exposed app could not tell
 * clients apart for per-address rate limits. Behind reverse proxies (`CYANEA_TRUSTED_PROXY_HOPS`
 * > 0) the edge reads `x-forwarded-for` instead, which those proxies maintain.
 *
 * With `CYANEA_WORKERS` > 1 (PostgreSQL only) the primary process forks that many servers sharing
 * the port (node:cluster hands out connections); the app is stateless, and what each process keeps
 * for itself is named in the README (edge rate-limit buckets, breaker state). A worker that dies is
 * replaced, at most `MAX_RESTARTS` times a minute; past that the server stops rather than loop.
 *   node scripts/serve.mjs   (PORT, HOSTNAME, CYANEA_WORKERS, DATABASE_URL from the environment)
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { workerCount } from "./lib/worker-count.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

const workers = workerCount(process.env.CYANEA_WORKERS, { databaseUrl: process.env.DATABASE_URL, cores: os.availableParallelism() });
const MAX_RESTARTS = 5;

if (workers > 1 && cluster.isPrimary) superviseWorkers(workers);
else await serve();

/** Forks `n` servers, replaces one that dies (bounded), and passes SIGINT/SIGTERM on to them. */
function superviseWorkers(n) {
  let stopping = false;
  const restarts = [];
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    while (restarts.length > 0 && now - restarts[0] > 60_000) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      console.error(`cyanea: server process ${worker.process.pid} died (${signal ?? `exit ${code}`}); ${MAX_RESTARTS} restarts within a minute already, stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
      process.exitCode = 1;
      return;
    }
    restarts.push(now);
    console.error(`cyanea: server process ${worker.process.pid} died (${signal ?? `exit ${code}`}); starting another`);
    cluster.fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill(sig);
    });
  }
  console.log(`cyanea: ${n} server processes`);
}

async function serve() {
  const app = next({ dev: false, dir: root, port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const address = req.socket.remoteAddress ?? "";
    req.headers["x-real-ip"] = address.startsWith("::ffff:") ? address.slice(7) : address;
    void handle(req, res);
  });
  // Idle keep-alive connections stay open longer than the usual load-balancer and client idle
  // timeouts (60 s), so the server is never the side that closes a connection a client is reusing
  // (Node's default of 5 s makes reused connections fail with "other side closed").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`cyanea: listening on ${hostname ?? "*"}:${port}`));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
}
