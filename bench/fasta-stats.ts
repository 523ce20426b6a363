/**
 * Streaming `stats` throughput and memory: a genome-like FASTA (default 500 MB: ~50 Mb records,
 * 60-column lines, soft-masked runs and N gaps) and a reads-like FASTA (150 bp reads, a fifth of
 * the size) are written to the temp directory with a deterministic PRNG, then streamed from disk
 * (4 MiB reads) through runStats on the WASM kernel and through the TypeScript FASTA scanner
 * (lib/bio/fasta-scanner.ts) in the same run. Reports MB/s, the ratio, and RSS before, after and
 * at its peak while streaming (memory must stay flat: it does not grow with the file).
 * Run: npm run bench -- fasta-stats [--mb 500] [--runs 5] [--json]
 * Results are also written to bench/.results/fasta-stats-<timestamp>.json. Temp files are deleted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFastaScanner } from "../lib/bio/fasta-scanner";
import { nodeKernelProvider } from "../lib/kernels/node-loader";
import { runStats } from "../lib/kernels/seqstats";
import { mulberry32 } from "../db/seed/seed-random";

const TARGET_MB_PER_S = 400;
const READ_BYTES = 4 * 1024 * 1024;
const LINE_WIDTH = 60;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

/**
 * A 4 MiB pool of genome-like residues (ACGT, lowercase repeat runs, occasional N runs and
 * IUPAC codes); sequence lines are slices of it at random offsets, which keeps generation fast.
 */
function residuePool(rand: () => number): Uint8Array {
  const pool = new Uint8Array(4 * 1024 * 1024);
  const acgt = [65, 67, 71, 84];
  let lower = false;
  for (let i = 0; i < pool.length; i++) {
    if (rand() < 0.002) lower = !lower;
    if (rand() < 0.0005) {
      const run = Math.min(pool.length - i, 50 + Math.floor(rand() * 500));
      pool.fill(78, i, i + run); // N gap
      i += run - 1;
      continue;
    }
    let b = rand() < 0.001 ? 82 : acgt[Math.floor(rand() * 4)]!; // rare R
    if (lower) b |= 0x20;
    pool[i] = b;
  }
  return pool;
}

/** Writes a FASTA file of about `bytes` bytes with records of `recordLength()` residues. */
function writeFasta(file: string, bytes: number, recordLength: (rand: () => number) => number, seed: number): void {
  const rand = mulberry32(seed);
  const pool = residuePool(rand);
  const fd = fs.openSync(file, "w");
  const buf = new Uint8Array(READ_BYTES + 1024);
  let used = 0;
  let written = 0;
  const flush = () => {
    fs.writeSync(fd, buf, 0, used);
    written += used;
    used = 0;
  };
  const enc = new TextEncoder();
  for (let rec = 0; written + used < bytes; rec++) {
    used += enc.encodeInto(`>seq${rec} synthetic record ${rec}\n`, buf.subarray(used)).written;
    let left = recordLength(rand);
    while (left > 0 && written + used < bytes) {
      const n = Math.min(LINE_WIDTH, left);
      const at = Math.floor(rand() * (pool.length - n));
      buf.set(pool.subarray(at, at + n), used);
      used += n;
      buf[used++] = 10;
      left -= n;
      if (used > READ_BYTES) flush();
    }
  }
  flush();
  fs.closeSync(fd);
}

interface Measure {
  seconds: number;
  mbPerSecond: number;
  records: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rssPeakMb: number;
}

const mb = (x: number) => x / 1e6;

async function measure(label: string, file: string, fn: (onChunk: () => void) => Promise<number>): Promise<Measure> {
  const size = fs.statSync(file).size;
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  let chunks = 0;
  const onChunk = () => {
    if ((++chunks & 3) === 0) peak = Math.max(peak, process.memoryUsage.rss());
  };
  const t0 = performance.now();
  const records = await fn(onChunk);
  const seconds = (performance.now() - t0) / 1000;
  const after = process.memoryUsage.rss();
  peak = Math.max(peak, after);
  const m = { seconds, mbPerSecond: mb(size) / seconds, records, rssBeforeMb: mb(before), rssAfterMb: mb(after), rssPeakMb: mb(peak) };
  console.log(
    `  ${label}: ${seconds.toFixed(2)} s, ${m.mbPerSecond.toFixed(0)} MB/s, ${records} records; ` +
      `RSS ${m.rssBeforeMb.toFixed(0)} → ${m.rssAfterMb.toFixed(0)} MB (peak ${m.rssPeakMb.toFixed(0)} MB, +${(m.rssPeakMb - m.rssBeforeMb).toFixed(0)} MB)`,
  );
  return m;
}

const kernels = nodeKernelProvider();

async function viaKernel(file: string, onChunk: () => void): Promise<number> {
  const size = fs.statSync(file).size;
  const r = await runStats(kernels, fs.createReadStream(file, { highWaterMark: READ_BYTES }), { maxRecordRows: 1000 }, { totalBytes: size, onProgress: onChunk });
  return r.total.records;
}

async function viaScanner(file: string, onChunk: () => void): Promise<number> {
  const scanner = createFastaScanner();
  for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_BYTES })) {
    scanner.push(chunk as Uint8Array);
    onChunk();
  }
  return scanner.end().recordCount;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function bench(label: string, file: string, runs: number) {
  console.log(`${label}: ${mb(fs.statSync(file).size).toFixed(0)} MB`);
  const wasm: Measure[] = [];
  const ts: Measure[] = [];
  for (let r = 0; r < runs; r++) {
    wasm.push(await measure(`run ${r + 1} WASM runStats`, file, (cb) => viaKernel(file, cb)));
    ts.push(await measure(`run ${r + 1} TS scanner   `, file, (cb) => viaScanner(file, cb)));
  }
  const w = median(wasm.map((m) => m.mbPerSecond));
  const t = median(ts.map((m) => m.mbPerSecond));
  const bestW = Math.max(...wasm.map((m) => m.mbPerSecond));
  const bestT = Math.max(...ts.map((m) => m.mbPerSecond));
  const growth = Math.max(...wasm.map((m) => m.rssPeakMb - m.rssBeforeMb));
  console.log(
    `  median: WASM ${w.toFixed(0)} MB/s, TS scanner ${t.toFixed(0)} MB/s (×${(w / t).toFixed(2)}); ` +
      `best: WASM ${bestW.toFixed(0)} MB/s, TS ${bestT.toFixed(0)} MB/s (×${(bestW / bestT).toFixed(2)}); WASM peak RSS growth ${growth.toFixed(0)} MB`,
  );
  return {
    label,
    megabytes: mb(fs.statSync(file).size),
    wasm,
    ts,
    medianWasmMbPerSecond: w,
    medianTsMbPerSecond: t,
    ratio: w / t,
    bestWasmMbPerSecond: bestW,
    bestTsMbPerSecond: bestT,
    maxRssGrowthMb: growth,
  };
}

const totalMb = arg("mb", 500);
const runs = Math.round(arg("runs", 5));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-fasta-stats-"));
try {
  const genome = path.join(dir, "genome.fa");
  const reads = path.join(dir, "reads.fa");
  let t = performance.now();
  writeFasta(genome, totalMb * 1e6, (rand) => 40_000_000 + Math.floor(rand() * 20_000_000), 20240601);
  writeFasta(reads, (totalMb * 1e6) / 5, () => 150, 20240602);
  console.log(`wrote ${totalMb} MB genome-like + ${totalMb / 5} MB reads-like FASTA in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const genomeResult = await bench("genome-like FASTA (40-60 Mb records, 60-column lines)", genome, runs);
  const readsResult = await bench("reads-like FASTA (150 bp)", reads, runs);
  const met = genomeResult.medianWasmMbPerSecond >= TARGET_MB_PER_S;
  console.log(
    `headline: ${genomeResult.medianWasmMbPerSecond.toFixed(0)} MB/s median (best ${genomeResult.bestWasmMbPerSecond.toFixed(0)}) on ${totalMb} MB genome-like FASTA — ` +
      `target ${TARGET_MB_PER_S} MB/s ${met ? "MET" : "NOT MET"} ` +
      `(×${genomeResult.ratio.toFixed(2)} the TS scanner; reads-like ${readsResult.medianWasmMbPerSecond.toFixed(0)} MB/s, ×${readsResult.ratio.toFixed(2)}); ` +
      `peak RSS growth ${Math.max(genomeResult.maxRssGrowthMb, readsResult.maxRssGrowthMb).toFixed(0)} MB`,
  );
  const result = { bench: "fasta-stats", at: new Date().toISOString(), node: process.version, targetMbPerSecond: TARGET_MB_PER_S, met, runs: [genomeResult, readsResult] };
  const out = path.join(process.cwd(), "bench", ".results");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `fasta-stats-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
