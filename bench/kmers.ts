/**
 * k-mer counting throughput on the WASM kernel: deterministic random DNA (10 Mbp records with N
 * runs) built in memory, k = 21 plain and canonical, in M k-mers/s against the 40 M/s target,
 * compared in the same run with the TypeScript reference (lib/bio/kmers.ts) on a 10 Mbp slice.
 * Motif search and restriction digest throughput on the same data are printed for information.
 * Run: npm run bench -- kmers [--mbp 100] [--json]   (or: npx tsx bench/kmers.ts)
 * Results are also written to bench/.results/kmers-<timestamp>.json.
 */
import fs from "node:fs";
import path from "node:path";
import type { AnalysisRecord } from "../lib/analysis/contract";
import { countKmers } from "../lib/bio/kmers";
import { runDigest } from "../lib/kernels/digest";
import { runKmers } from "../lib/kernels/kmers";
import { runMotif } from "../lib/kernels/motif";
import { nodeKernelProvider } from "../lib/kernels/node-loader";
import { mulberry32 } from "../db/seed/seed-random";

const TARGET_M_PER_S = 40;
const RECORD_BP = 10_000_000;
const REFERENCE_BP = 10_000_000;
const RUNS = 3;
const K = 21;

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

/** Random ACGT with an N run (10–1,000 bp) about every 100 kb, split into 10 Mbp records. */
function generate(totalBp: number): AnalysisRecord[] {
  const rand = mulberry32(20240607);
  const bases = [65, 67, 71, 84];
  const records: AnalysisRecord[] = [];
  const dec = new TextDecoder();
  for (let done = 0, n = 0; done < totalBp; n++) {
    const len = Math.min(RECORD_BP, totalBp - done);
    const bytes = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      if (rand() < 1e-5) {
        const run = Math.min(len - i, 10 + Math.floor(rand() * 990));
        bytes.fill(78, i, i + run);
        i += run - 1;
      } else bytes[i] = bases[Math.floor(rand() * 4)]!;
    }
    records.push({ id: `chr${n + 1}`, description: "random", sequence: dec.decode(bytes) });
    done += len;
  }
  return records;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ seconds: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - t0) / 1000, value };
}

const mbp = argValue("mbp", 100);
const kernels = nodeKernelProvider();
console.log(`generating ${mbp} Mbp of random DNA with N runs…`);
const records = generate(Math.round(mbp * 1e6));
const slice = records.slice(0, Math.max(1, Math.ceil(REFERENCE_BP / RECORD_BP)));

const rows: Record<string, unknown>[] = [];
let headline = 0;
for (const canonical of [false, true]) {
  const rates: number[] = [];
  let total = 0;
  let distinct = 0;
  for (let r = 0; r < RUNS; r++) {
    const { seconds, value } = await timed(() => runKmers(kernels, records, { k: K, canonical, top: 10 }));
    total = value.totalKmers;
    distinct = value.distinctKmers;
    rates.push(total / seconds / 1e6);
    console.log(`  wasm k=${K}${canonical ? " canonical" : ""} run ${r + 1}: ${seconds.toFixed(2)} s, ${(total / seconds / 1e6).toFixed(1)} M k-mers/s (${total} k-mers, ${distinct} distinct)`);
  }
  const wasmSlice = await timed(() => runKmers(kernels, slice, { k: K, canonical, top: 10 }));
  const ref = await timed(() => countKmers(slice, { k: K, canonical, top: 10 }));
  const same = JSON.stringify(ref.value) === JSON.stringify(wasmSlice.value);
  const wasmSliceRate = wasmSlice.value.totalKmers / wasmSlice.seconds / 1e6;
  const refRate = ref.value.totalKmers / ref.seconds / 1e6;
  const med = median(rates);
  if (!canonical) headline = med;
  console.log(
    `k=${K}${canonical ? " canonical" : ""}: wasm ${med.toFixed(1)} M k-mers/s on ${mbp} Mbp (median of ${RUNS}) = ×${(med / TARGET_M_PER_S).toFixed(2)} the ${TARGET_M_PER_S} M/s target (${med >= TARGET_M_PER_S ? "met" : "not met"}); ` +
      `10 Mbp slice: wasm ${wasmSliceRate.toFixed(1)} vs TypeScript reference ${refRate.toFixed(2)} M/s = ×${(wasmSliceRate / refRate).toFixed(1)}, results ${same ? "identical" : "DIFFER"}`,
  );
  rows.push({ k: K, canonical, totalKmers: total, distinctKmers: distinct, wasmMPerS: rates, medianMPerS: med, sliceWasmMPerS: wasmSliceRate, sliceReferenceMPerS: refRate, identical: same });
}

const bp = records.reduce((n, r) => n + r.sequence.length, 0);
const motif = await timed(() => runMotif(kernels, records, { pattern: "GGTCTCN", strands: "both" }));
console.log(`motif GGTCTCN (both strands): ${(bp / motif.seconds / 1e6).toFixed(0)} Mbp/s, ${motif.value.length} hits (information)`);
const enzymes = ["EcoRI", "BamHI", "HindIII", "NotI", "BsaI"];
const digest = await timed(() => runDigest(kernels, records, { enzymes, circular: false }));
const sites = digest.value.reduce((n, d) => n + d.sites.length, 0);
console.log(`digest ${enzymes.join(",")}: ${(bp / digest.seconds / 1e6).toFixed(0)} Mbp/s (${((bp * enzymes.length) / digest.seconds / 1e6).toFixed(0)} Mbp·enzymes/s), ${sites} sites (information)`);

const result = {
  bench: "kmers",
  at: new Date().toISOString(),
  node: process.version,
  mbp,
  targetMPerS: TARGET_M_PER_S,
  headlineMPerS: headline,
  met: headline >= TARGET_M_PER_S,
  kmers: rows,
  motif: { pattern: "GGTCTCN", mbpPerS: bp / motif.seconds / 1e6, hits: motif.value.length },
  digest: { enzymes, mbpPerS: bp / digest.seconds / 1e6, sites },
};
const dir = path.join(process.cwd(), "bench", ".results");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `kmers-${result.at.replace(/[:.]/g, "-")}.json`), JSON.stringify(result, null, 2));
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
