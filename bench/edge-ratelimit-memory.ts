/**
 * Rate limiter memory with 1,000,000 distinct client keys: the bucket table is an LRU bounded at
 * `maxBuckets` (default 100,000), so the heap stays flat once the table is full.
 *
 *   npm run bench -- edge-ratelimit-memory [keys=1000000] [maxBuckets=100000]
 *   (node --expose-gc gives steadier figures: NODE_OPTIONS=--expose-gc npm run bench -- …)
 */
import { createPipelineConfig } from "../lib/edge/config";
import { createEdgeContext } from "../lib/edge/pipeline";
import { rateLimitStage, type TokenBucketLimiter } from "../lib/edge/stages/rate-limit";

const keys = Number(process.argv[2] ?? 1_000_000);
const maxBuckets = Number(process.argv[3] ?? 100_000);
const base = createPipelineConfig({}, {});
const config = createPipelineConfig({ rateLimit: { ...base.rateLimit, maxBuckets } }, {});

const gc = (globalThis as { gc?: () => void }).gc;
const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
function heap(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Distinct IPv4 address per index (10.x.y.z, then 11.x…). */
const ipOf = (i: number) => `${10 + (i >>> 24)}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;

const before = heap();
console.log(`keys=${keys} maxBuckets=${maxBuckets} gc=${gc ? "forced" : "not exposed"}`);
console.log(`heap before: ${mib(before)} MiB`);
const checkpoints = new Set([maxBuckets, Math.floor(keys / 4), Math.floor(keys / 2), Math.floor((3 * keys) / 4), keys]);
const samples: Array<{ at: number; heap: number; buckets: number }> = [];
let limiter: TokenBucketLimiter | undefined;
const t0 = performance.now();
for (let i = 1; i <= keys; i++) {
  // Through the real stage: request → client IP → class "read" → bucket.
  const req = new Request("http://localhost/api/datasets", { headers: { "x-real-ip": ipOf(i) } });
  const ctx = createEdgeContext(req, config);
  const d = await rateLimitStage(req, ctx);
  if (d.kind === "block") throw new Error(`unexpected block for a fresh key at ${i}`);
  if (checkpoints.has(i)) {
    limiter ??= ctx.state.slots.get("rateLimit.buckets") as TokenBucketLimiter;
    const h = heap();
    samples.push({ at: i, heap: h, buckets: limiter.buckets.size });
    console.log(`after ${String(i).padStart(8)} keys: heap ${mib(h).padStart(7)} MiB, buckets ${limiter.buckets.size}, evictions ${limiter.buckets.evictions}`);
  }
}
const elapsedS = (performance.now() - t0) / 1000;
const full = samples.find((s) => s.at === maxBuckets) ?? samples[0]!;
const last = samples.at(-1)!;
console.log(`heap after: ${mib(last.heap)} MiB (${mib(last.heap - before)} MiB above start)`);
console.log(`growth from a full table (${full.at} keys) to ${last.at} keys: ${mib(last.heap - full.heap)} MiB; ratio ${(last.heap / full.heap).toFixed(2)}`);
console.log(`bucket table size stays at ${last.buckets} (bound ${maxBuckets}); ${(keys / elapsedS).toFixed(0)} requests/s through the stage`);

// The limiter core alone (no Request construction), for the CPU cost per decision.
const t1 = performance.now();
for (let i = 0; i < keys; i++) limiter!.take(`read|ip:${ipOf(i)}`, 1200, 60, Date.now());
const coreS = (performance.now() - t1) / 1000;
console.log(`limiter core: ${(keys / coreS).toFixed(0)} decisions/s (${((coreS / keys) * 1e6).toFixed(2)} µs each), heap ${mib(heap())} MiB`);
if (last.buckets > maxBuckets) process.exitCode = 1;
