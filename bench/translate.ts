/**
 * `npm run bench -- translate [Mbp]`: six-frame translation (table 11) and ORF finding on
 * deterministic random DNA — WASM kernels vs the plain TypeScript references, same run, with an
 * equality check of the outputs. No target in the issue; the figure is for comparison.
 */
import { translate } from "@/lib/bio/translate";
import { reverseComplement } from "@/lib/bio/sequence";
import { findOrfs } from "@/lib/bio/orfs";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { runTranslate, ALL_FRAMES } from "@/lib/kernels/translate";
import { runOrfs } from "@/lib/kernels/orfs";

let s = 12345;
const rand = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
function gen(n: number): string {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = "ACGT".charCodeAt((rand() * 4) | 0);
  return new TextDecoder().decode(b);
}
const mb = Number(process.argv[2] ?? 20);
if (!Number.isFinite(mb) || mb <= 0) throw new Error(`usage: npm run bench -- translate [Mbp], got "${process.argv[2]}"`);
const seq = gen(mb * 1_000_000);
const kernels = nodeKernelProvider();
const rec = [{ id: "r", description: "", sequence: seq }];
await runTranslate(kernels, [{ id: "w", description: "", sequence: "ACGT" }], { table: 11, frame: "all" });
let t = performance.now();
const w = await runTranslate(kernels, rec, { table: 11, frame: "all" });
const tw = performance.now() - t;
t = performance.now();
const rc = reverseComplement(seq);
const ref = ALL_FRAMES.map((f) => translate((f > 0 ? seq : rc).slice(Math.abs(f) - 1), { table: 11 }));
const tr = performance.now() - t;
console.log(`translate 6 frames ${mb} Mbp: wasm ${tw.toFixed(0)} ms (${((mb * 6) / (tw / 1000)).toFixed(0)} Mbp-frames/s), TS reference ${tr.toFixed(0)} ms, speed-up ${(tr / tw).toFixed(1)}x, equal=${w.every((x, i) => x.protein === ref[i])}`);
const omb = Math.min(mb, 5);
const oseq = seq.slice(0, omb * 1_000_000);
const params = { table: 11, minAaLength: 100, startPolicy: "alternative" as const, strands: "both" as const, nested: false };
t = performance.now();
const o = await runOrfs(kernels, [{ id: "r", description: "", sequence: oseq }], params);
const to = performance.now() - t;
t = performance.now();
const oref = findOrfs("r", oseq, params);
const tor = performance.now() - t;
console.log(`orfs ${omb} Mbp both strands alternative min 100 aa: wasm ${to.toFixed(0)} ms, TS reference ${tor.toFixed(0)} ms, speed-up ${(tor / to).toFixed(1)}x, orfs=${o.length}, equal=${JSON.stringify(o) === JSON.stringify(oref)}`);
