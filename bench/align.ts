/**
 * Pairwise alignment score throughput (GCUPS = 10⁹ DP cells per second) on deterministic random
 * sequences: protein 300×300, 1000×1000, 1000×10,000 (local, EBLOSUM62, 10 / 0.5) and DNA
 * 10k×10k (local, EDNAFULL, 10 / 0.5; an unrelated pair and a ~90%-identity pair), plus protein
 * 1000×10,000 in global mode (needle). Compares the striped 8×i16 SIMD kernel, the scalar i32 WASM
 * kernel, the TypeScript reference and EMBOSS `water` (wall time of the whole program, which also
 * writes the alignment), checking that every kernel gives the same score. Also measures the peak
 * RSS of a separate process doing the full 10k×10k DNA alignment with traceback.
 * Run: npm run bench -- align [--quick] [--json]
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AlignParams, AnalysisRecord } from "../lib/analysis/contract";
import { globalReference, localReference } from "../lib/bio/align/reference";
import { buildScoring, encodeSequence } from "../lib/bio/align/scoring";
import { alignScoreCodes, runAlign, type AlignExports } from "../lib/kernels/align";
import { loadKernel } from "../lib/kernels/node-loader";
import type { KernelExports, KernelInstance } from "../lib/kernels/runtime";
import { mulberry32 } from "../db/seed/seed-random";

const TARGET_GCUPS = 4.9;
const PROTEIN = "ACDEFGHIKLMNPQRSTVWY";
const quick = process.argv.includes("--quick");

function randomSeq(alphabet: string, length: number, seed: number): string {
  const rand = mulberry32(seed);
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** B = A with ~10% substitutions and a few short indels (a realistic homologous pair). */
function mutate(seq: string, alphabet: string, seed: number): string {
  const rand = mulberry32(seed);
  const out: string[] = [];
  for (const c of seq) {
    const r = rand();
    if (r < 0.08) out.push(alphabet[Math.floor(rand() * alphabet.length)]!);
    else if (r < 0.085) continue;
    else if (r < 0.09) out.push(c, alphabet[Math.floor(rand() * alphabet.length)]!);
    else out.push(c);
  }
  return out.join("");
}

const rec = (id: string, sequence: string): AnalysisRecord => ({ id, description: "", sequence });

interface Case {
  label: string;
  a: string;
  b: string;
  params: AlignParams;
  runTs: boolean;
}

const protein: AlignParams = { mode: "local", matrix: "EBLOSUM62", gapOpen: 10, gapExtend: 0.5 };
const dna: AlignParams = { mode: "local", matrix: "EDNAFULL", gapOpen: 10, gapExtend: 0.5 };
const dnaA = randomSeq("ACGT", 10_000, 7);
const cases: Case[] = [
  { label: "protein 300×300", a: randomSeq(PROTEIN, 300, 1), b: randomSeq(PROTEIN, 300, 2), params: protein, runTs: true },
  { label: "protein 1000×1000", a: randomSeq(PROTEIN, 1000, 3), b: randomSeq(PROTEIN, 1000, 4), params: protein, runTs: true },
  { label: "protein 1000×10,000", a: randomSeq(PROTEIN, 1000, 5), b: randomSeq(PROTEIN, 10_000, 6), params: protein, runTs: !quick },
  { label: "protein 1000×10,000 global", a: randomSeq(PROTEIN, 1000, 5), b: randomSeq(PROTEIN, 10_000, 6), params: { ...protein, mode: "global" }, runTs: false },
  { label: "DNA 10k×10k random", a: dnaA, b: randomSeq("ACGT", 10_000, 9), params: dna, runTs: false },
  // ~90% identity: the score exceeds i16, so the 8 × i16 kernel stops and the 4 × i32 lanes run.
  { label: "DNA 10k×10k related (i16 saturates)", a: dnaA, b: mutate(dnaA, "ACGT", 8), params: dna, runTs: false },
];

function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s[Math.floor(s.length / 2)]!;
}

/** Median and best wall time over repeated runs (the machine is shared: both are printed). */
function time(fn: () => number, minRuns: number, minSeconds: number): { seconds: number; best: number; value: number } {
  const times: number[] = [];
  let value = 0;
  const t0 = performance.now();
  while (times.length < minRuns || (performance.now() - t0) / 1000 < minSeconds) {
    const t = performance.now();
    value = fn();
    times.push((performance.now() - t) / 1000);
    if (times.length >= 50) break;
  }
  return { seconds: median(times), best: Math.min(...times), value };
}

function hasWater(): boolean {
  return spawnSync("water", ["-version"], { encoding: "utf8" }).status === 0;
}

/** EMBOSS water (needle for global) wall time and score (it also computes and writes the alignment). */
function runWater(c: Case, dir: string): { seconds: number; score: number } {
  const fa = path.join(dir, "a.fa");
  const fb = path.join(dir, "b.fa");
  fs.writeFileSync(fa, `>a\n${c.a}\n`);
  fs.writeFileSync(fb, `>b\n${c.b}\n`);
  const out = path.join(dir, "out.water");
  const t = performance.now();
  execFileSync(c.params.mode === "local" ? "water" : "needle", ["-asequence", fa, "-bsequence", fb, "-gapopen", String(c.params.gapOpen), "-gapextend", String(c.params.gapExtend), "-datafile", c.params.matrix, "-outfile", out, "-auto"]);
  const seconds = (performance.now() - t) / 1000;
  const m = /# Score: ([-\d.]+)/.exec(fs.readFileSync(out, "utf8"));
  return { seconds, score: m ? Number(m[1]) : NaN };
}

/** Child process: full 10k×10k DNA alignment with traceback, prints peak RSS (MB) and the score. */
/**
 * Peak RSS of this process image in MB: VmHWM from /proc (Linux). getrusage's maxRSS would also
 * count the parent's pages inherited at fork, so it is only the fallback.
 */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function rssChild(mode: AlignParams["mode"]): Promise<void> {
  const k = await loadKernel<AlignExports>("align");
  const baselineMb = peakRssMb();
  const t0 = performance.now();
  const r = await runAlign(<E extends KernelExports>() => Promise.resolve(k as unknown as KernelInstance<E>), rec("a", dnaA), rec("b", mutate(dnaA, "ACGT", 8)), { ...dna, mode });
  console.log(JSON.stringify({ maxRssMb: peakRssMb(), baselineMb, seconds: (performance.now() - t0) / 1000, score: r.score, length: r.length, wasmMb: k.exports.memory.buffer.byteLength / 2 ** 20 }));
}

interface RssReport {
  maxRssMb: number;
  seconds: number;
  baselineMb: number;
  score: number;
  length: number;
  wasmMb: number;
}

async function main(): Promise<void> {
  const k = await loadKernel<AlignExports>("align");
  const water = hasWater();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-bench-align-"));
  const rows: Record<string, unknown>[] = [];
  let mismatch = false;
  let headline = 0;
  let headlineBest = 0;
  try {
    if (!water) console.log("EMBOSS water not installed: apt-get install emboss");
    for (const c of cases) {
      const s = buildScoring(c.params);
      const ca = encodeSequence(s, "a", c.a);
      const cb = encodeSequence(s, "b", c.b);
      const cells = ca.length * cb.length;
      const big = cells > 5e7;
      const simd = time(() => alignScoreCodes(k, s, ca, cb, "simd"), big ? 3 : 5, big ? 1 : 2);
      const scalar = time(() => alignScoreCodes(k, s, ca, cb, "scalar"), big ? 1 : 3, big ? 0 : 1);
      const gc = (sec: number) => cells / sec / 1e9;
      const row: Record<string, unknown> = { case: c.label, cells, simdGcups: gc(simd.seconds), simdBestGcups: gc(simd.best), scalarGcups: gc(scalar.seconds), score: simd.value / s.scale };
      const scores = [simd.value, scalar.value];
      let line =
        `${c.label}: SIMD ${gc(simd.seconds).toFixed(2)} GCUPS median (best ${gc(simd.best).toFixed(2)}; ${(simd.seconds * 1000).toFixed(1)} ms), ` +
        `scalar ${gc(scalar.seconds).toFixed(2)} GCUPS (SIMD/scalar ×${(scalar.seconds / simd.seconds).toFixed(1)})`;
      if (c.runTs) {
        const ts = time(() => (s.local ? localReference(s, ca, cb) : globalReference(s, ca, cb)).score, 1, 0);
        scores.push(ts.value);
        row.tsGcups = gc(ts.seconds);
        line += `, TS reference ${gc(ts.seconds).toFixed(3)} GCUPS (SIMD/TS ×${(ts.seconds / simd.seconds).toFixed(0)})`;
      } else {
        line += ", TS reference not run at this size (see the GCUPS measured on the smaller sizes)";
      }
      if (water && !(quick && big)) {
        const w = runWater(c, dir);
        scores.push(w.score * s.scale);
        row.waterSeconds = w.seconds;
        line += `, EMBOSS ${s.local ? "water" : "needle"} ${w.seconds.toFixed(2)} s wall (SIMD/EMBOSS ×${(w.seconds / simd.seconds).toFixed(0)})`;
      }
      const same = scores.every((v) => v === scores[0]);
      if (!same) mismatch = true;
      row.scoresEqual = same;
      console.log(`${line}; score ${simd.value / s.scale}, ${same ? "all kernels equal" : `SCORES DIFFER: ${scores.map((v) => v / s.scale).join(" / ")}`}`);
      if (c.label === "protein 1000×10,000") {
        headline = gc(simd.seconds);
        headlineBest = gc(simd.best);
      }
      rows.push(row);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  let rssOver = false;
  for (const mode of ["local", "global"] as const) {
    const child = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "align.ts"), "--rss-child", mode], { encoding: "utf8", cwd: process.cwd() });
    let rss: RssReport | null = null;
    try {
      rss = JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as RssReport;
    } catch {
      console.log(`RSS child (${mode}) failed: ${child.stderr}`);
      rssOver = true;
      continue;
    }
    if (rss.maxRssMb >= 100) rssOver = true;
    rows.push({ case: `DNA 10k×10k ${mode} full alignment`, ...rss });
    console.log(
      `DNA 10k×10k related, ${mode} full alignment with traceback (separate process): ${rss.seconds.toFixed(2)} s, peak RSS ${rss.maxRssMb.toFixed(0)} MB ` +
        `(Node + tsx + kernel before aligning: ${rss.baselineMb.toFixed(0)} MB, so the alignment adds ${(rss.maxRssMb - rss.baselineMb).toFixed(0)} MB; WASM memory ${rss.wasmMb.toFixed(0)} MB), ` +
        `score ${rss.score}, length ${rss.length} — ` +
        `${rss.maxRssMb < 100 ? "under" : "OVER"} the 100 MB bound`,
    );
  }
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.availableParallelism()} cores`);
  console.log(`headline: protein 1000×10,000 SIMD ${headline.toFixed(2)} GCUPS median (best ${headlineBest.toFixed(2)}) = ×${(headline / TARGET_GCUPS).toFixed(2)} the ${TARGET_GCUPS} GCUPS target — ${headline >= TARGET_GCUPS ? "met" : "not met"}${mismatch ? "; SCORE MISMATCH" : ""}${rssOver ? "; RSS BOUND EXCEEDED" : ""}`);
  const result = { bench: "align", at: new Date().toISOString(), node: process.version, targetGcups: TARGET_GCUPS, rows };
  const outDir = path.join(process.cwd(), "bench", ".results");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, `align-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  if (mismatch || rssOver) process.exitCode = 1;
}

const childAt = process.argv.indexOf("--rss-child");
if (childAt >= 0) await rssChild(process.argv[childAt + 1] === "global" ? "global" : "local");
else await main();
