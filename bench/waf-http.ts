/**
 * WAF corpus replay over HTTP against a running `next start` (loopback only): every record of
 * lib/edge/waf/corpus/ sent byte for byte over its own TCP connection (raw_b64 as is; otherwise the request
 * line, headers and body, adding `Connection: close` and Content-Length as go-ftw does unless the record says
 * not to). 403 = blocked; no answer or 400/408/411/413/414/431/500 = rejected; anything else = passed.
 * Prints detection (attack) and false-positive (benign, bio) rates per category for both corpus halves, like
 * the in-process replay test. Start the server with CYANEA_RATE_LIMIT_SCALE high (e.g. 1000).
 *
 *   npm run bench -- waf-http --base http://127.0.0.1:3101 [--concurrency 8] [--timeout 10]
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { corpusHalf, parseJsonl, type CorpusRecord } from "../lib/edge/waf/corpus/record";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const base = new URL(arg("base", "http://127.0.0.1:3000"));
const concurrency = Number(arg("concurrency", "8"));
const timeoutMs = Number(arg("timeout", "10")) * 1000;
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) {
  console.error(`refusing non-loopback target ${base.hostname}`);
  process.exit(1);
}

const dir = fileURLToPath(new URL("../lib/edge/waf/corpus/", import.meta.url));
type Rec = CorpusRecord & { version?: string; autocomplete_headers?: boolean };
const load = (name: string): Rec[] => parseJsonl(readFileSync(`${dir}${name}.jsonl`, "utf8")) as Rec[];

const BODY_METHODS = /^(?:POST|PUT|PATCH|DELETE)$/i;

/** The request bytes, as replay.py builds them. */
function build(rec: Rec): Buffer {
  if (rec.raw_b64) return Buffer.from(rec.raw_b64, "base64");
  const body = rec.body_b64 ? Buffer.from(rec.body_b64, "base64") : Buffer.from(rec.body ?? "", "utf8");
  const method = rec.method || "GET";
  const headers = Object.entries(rec.headers ?? {});
  const names = new Set(headers.map(([k]) => k));
  if (rec.autocomplete_headers ?? true) {
    if (!names.has("Connection")) headers.push(["Connection", "close"]);
    if ((body.length > 0 || BODY_METHODS.test(method)) && !names.has("Content-Length")) {
      headers.push(["Content-Length", String(body.length)]);
    }
  }
  let head = `${method} ${rec.uri || "/"} ${rec.version || "HTTP/1.1"}\r\n`;
  for (const [k, v] of headers) head += `${k}: ${v}\r\n`;
  return Buffer.concat([Buffer.from(`${head}\r\n`, "utf8"), body]);
}

type Outcome = "blocked" | "rejected" | "passed";
const REJECTED = new Set([400, 408, 411, 413, 414, 431, 500]);

function send(rec: Rec): Promise<Outcome> {
  return new Promise((resolve) => {
    let buf = "";
    let done = false;
    const finish = (o: Outcome): void => {
      if (done) return;
      done = true;
      sock.destroy();
      resolve(o);
    };
    const sock = net.connect({ host: base.hostname.replace(/^\[|\]$/g, ""), port: Number(base.port || 80) }, () => {
      sock.write(build(rec));
      if (rec.autocomplete_headers === false) sock.end();
    });
    sock.setTimeout(timeoutMs, () => finish("rejected"));
    sock.on("data", (d: Buffer) => {
      buf += d.toString("latin1");
      const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(buf);
      if (m) {
        const status = Number(m[1]);
        finish(status === 403 ? "blocked" : REJECTED.has(status) ? "rejected" : "passed");
      } else if (buf.includes("\r\n")) finish("rejected");
    });
    sock.on("error", () => finish("rejected"));
    sock.on("close", () => finish("rejected"));
  });
}

async function replay(recs: Rec[]): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(recs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < recs.length) {
      const i = next++;
      out[i] = await send(recs[i] as Rec);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

interface Tally {
  n: number;
  blocked: number;
  rejected: number;
}

function table(title: string, recs: Rec[], outcomes: Outcome[], key: (r: Rec) => string): string {
  const rows = new Map<string, Tally>();
  recs.forEach((r, i) => {
    for (const k of [key(r), "ALL"]) {
      const t = rows.get(k) ?? { n: 0, blocked: 0, rejected: 0 };
      t.n++;
      if (outcomes[i] === "blocked") t.blocked++;
      if (outcomes[i] === "rejected") t.rejected++;
      rows.set(k, t);
    }
  });
  const lines = [title, "  category                 n   blocked  rejected   blocked%"];
  const sorted = [...rows].sort(([a], [b]) => (a === "ALL" ? 1 : b === "ALL" ? -1 : a.localeCompare(b)));
  for (const [k, t] of sorted) {
    const pct = t.n > 0 ? (100 * t.blocked) / t.n : 0;
    lines.push(`  ${k.padEnd(22)} ${String(t.n).padStart(4)} ${String(t.blocked).padStart(9)} ${String(t.rejected).padStart(9)} ${pct.toFixed(1).padStart(9)}%`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const files = { attack: load("attack"), benign: load("benign"), bio: load("bio_benign") };
  const t0 = performance.now();
  const results = {
    attack: await replay(files.attack),
    benign: await replay(files.benign),
    bio: await replay(files.bio),
  };
  const n = files.attack.length + files.benign.length + files.bio.length;
  console.log(`WAF HTTP replay against ${base.origin}: ${n} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s, concurrency ${concurrency}`);
  for (const half of ["tune", "holdout"] as const) {
    const pick = (rs: Rec[], os: Outcome[]): [Rec[], Outcome[]] => {
      const idx = rs.map((r, i) => [r, i] as const).filter(([r]) => corpusHalf(r.id) === half);
      return [idx.map(([r]) => r), idx.map(([, i]) => os[i] as Outcome)];
    };
    const [a, ao] = pick(files.attack, results.attack);
    const [b, bo] = pick(files.benign, results.benign);
    const [c, co] = pick(files.bio, results.bio);
    console.log(`===== ${half} half =====`);
    console.log(table("attack.jsonl — detection by category", a, ao, (r) => r.category));
    console.log(table("benign.jsonl (CRS negative tests) — blocked = false positive", b, bo, (r) => r.category));
    console.log(table("bio_benign.jsonl — blocked = false positive", c, co, (r) => r.subcategory ?? r.category));
  }
}

await main();
