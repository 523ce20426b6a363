/**
 * The production HTTP server: Next's request handler behind a plain Node `http` server that stamps
 * each request with the address its TCP connection came from (`x-real-ip`, overwriting any copy
 * the client sent). `next start` offers no trustworthy client address to middleware: it fills
 * `x-forwarded-for` only when the client sent none, so a directly exposed app could not tell
 * clients apart for per-address rate limits. Behind reverse proxies (`CYANEA_TRUSTED_PROXY_HOPS`
 * > 0) the edge reads `x-forwarded-for` instead, which those proxies maintain.
 *   node scripts/serve.mjs   (PORT, HOSTNAME from the environment)
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

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
