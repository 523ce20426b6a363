/**
 * FASTA scanner throughput: ~100 MB of deterministic random FASTA (60-column lines) built in
 * memory and fed to the streaming scanner in 1 MiB chunks. Two inputs: genome-like records
 * (1 kb to ~1 Mb, the headline figure) and 150 bp reads (header-heavy).
 * Run: npx tsx bench/fasta-parse.ts [--json]   (or: npm run bench -- fasta-parse)
 * Results are also written to bench/.results/fasta-parse-<timestamp>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { createFastaScanner } from "../lib/bio/fasta-scanner";
import { mulberry32 } from "../db/seed/seed-random";

const TARGET_BYTES = 100 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const LINE_WIDTH = 60;
const RUNS = 5;

function generate(recordLength: (rand: () => number) => number): Uint8Array {
  const rand = mulberry32(20240601);
  const alphabet = new TextEncoder().encode("ACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTN");
  const out = new Uint8Array(TARGET_BYTES + 1024 * 1024);
  const enc = new TextEncoder();
  let pos = 0;
  let rec = 0;
  while (pos < TARGET_BYTES) {
    const header = enc.encode(`>seq${rec++} random record\n`);
    out.set(header, pos);
    pos += header.length;
    const len = Math.min(TARGET_BYTES - pos, recordLength(rand));
    for (let i = 0; i < len && pos < out.length - 2; i++) {
      out[pos++] = alphabet[Math.floor(rand() * alphabet.length)]!;
      if ((i + 1) % LINE_WIDTH === 0 || i === len - 1) out[pos++] = 10;
    }
  }
  return out.subarray(0, pos);
}

interface RunResult {
  label: string;
  megabytes: number;
  records: number;
  mbPerSecond: number[];
  medianMbPerSecond: number;
}

function run(label: string, data: Uint8Array): RunResult {
  const mb = data.length / 1e6;
  console.log(`${label}: ${mb.toFixed(1)} MB of FASTA`);
  const rates: number[] = [];
  let records = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const scanner = createFastaScanner();
    for (let off = 0; off < data.length; off += CHUNK_BYTES) scanner.push(data.subarray(off, off + CHUNK_BYTES));
    const summary = scanner.end();
    const seconds = (performance.now() - t0) / 1000;
    rates.push(mb / seconds);
    records = summary.recordCount;
    console.log(`  run ${r + 1}: ${seconds.toFixed(3)} s, ${(mb / seconds).toFixed(0)} MB/s, ${summary.recordCount} records, ${summary.totalLengthBp} bp`);
  }
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`  median ${median.toFixed(0)} MB/s (best ${sorted[sorted.length - 1]!.toFixed(0)} MB/s) over ${RUNS} runs`);
  return { label, megabytes: mb, records, mbPerSecond: rates, medianMbPerSecond: median };
}

const genomes = run("genome-like records (1 kb - 1 Mb)", generate((rand) => 1000 + Math.floor(rand() * rand() * 1_000_000)));
const reads = run("150 bp reads", generate(() => 150));
const TARGET_MB_PER_S = 200;
console.log(
  `headline: ${genomes.medianMbPerSecond.toFixed(0)} MB/s = ×${(genomes.medianMbPerSecond / TARGET_MB_PER_S).toFixed(2)} the ${TARGET_MB_PER_S} MB/s target; ` +
    `150 bp reads: ${reads.medianMbPerSecond.toFixed(0)} MB/s (×${(reads.medianMbPerSecond / genomes.medianMbPerSecond).toFixed(2)} of genome-like)`,
);

const result = { bench: "fasta-parse", at: new Date().toISOString(), chunkBytes: CHUNK_BYTES, node: process.version, targetMbPerSecond: TARGET_MB_PER_S, runs: [genomes, reads] };
const dir = path.join(process.cwd(), "bench", ".results");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `fasta-parse-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
