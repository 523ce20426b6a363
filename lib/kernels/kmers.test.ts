import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalysisRecord } from "@/lib/analysis/contract";
import { countKmers } from "@/lib/bio/kmers";
import { runKmers } from "./kmers";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();
const rec = (sequence: string, id = "r"): AnalysisRecord => ({ id, description: "", sequence });

describe("kmers kernel", () => {
  it("counts, skips windows with non-ACGT letters and ranks ties by k-mer", async () => {
    const r = await runKmers(kernels, [rec("ACGTNacgu-AC")], { k: 2, canonical: false, top: 10, spectrum: true });
    // ACGT → AC CG GT; acgu → AC CG GT; the AC after the gap → AC.
    expect(r.totalKmers).toBe(7);
    expect(r.distinctKmers).toBe(3);
    expect(r.top).toEqual([
      { kmer: "AC", count: 3 },
      { kmer: "CG", count: 2 },
      { kmer: "GT", count: 2 },
    ]);
    expect(r.spectrum).toEqual([
      { multiplicity: 2, distinct: 2 },
      { multiplicity: 3, distinct: 1 },
    ]);
  });

  it("folds reverse complements with canonical counting", async () => {
    const r = await runKmers(kernels, [rec("AAAA"), rec("TTTT")], { k: 3, canonical: true });
    expect(r.top).toEqual([{ kmer: "AAA", count: 4 }]);
    expect(r.distinctKmers).toBe(1);
  });

  it("never spans records and handles empty input", async () => {
    const r = await runKmers(kernels, [rec("AC"), rec("GT"), rec("")], { k: 3, canonical: false });
    expect(r.totalKmers).toBe(0);
    expect(r.top).toEqual([]);
    const none = await runKmers(kernels, [], { k: 21, canonical: true, spectrum: true });
    expect(none).toEqual({ k: 21, canonical: true, totalKmers: 0, distinctKmers: 0, top: [], spectrum: [] });
  });

  it("handles k = 31 and long low-complexity runs (counts past the direct histogram)", async () => {
    const s = "A".repeat(70_000 + 30);
    const r = await runKmers(kernels, [rec(s)], { k: 31, canonical: false, spectrum: true });
    expect(r.top).toEqual([{ kmer: "A".repeat(31), count: 70_000 }]);
    expect(r.spectrum).toEqual([{ multiplicity: 70_000, distinct: 1 }]);
  });

  it("carries k-mers across the 1 MiB feeding chunks", async () => {
    const unit = "ACGTTGCAAGGCTTAACCGGAT";
    const s = unit.repeat(Math.ceil((1 << 20) / unit.length) + 50);
    const r = await runKmers(kernels, [rec(s)], { k: 15, canonical: true, top: 5, spectrum: true });
    expect(r).toEqual(countKmers([rec(s)], { k: 15, canonical: true, top: 5, spectrum: true }));
  });

  it("rejects k outside 1…31 and a bad top", async () => {
    await expect(runKmers(kernels, [rec("ACGT")], { k: 0, canonical: false })).rejects.toThrow(/k must be an integer from 1 to 31/);
    await expect(runKmers(kernels, [rec("ACGT")], { k: 32, canonical: false })).rejects.toThrow(/k must be/);
    await expect(runKmers(kernels, [rec("ACGT")], { k: 2.5, canonical: false })).rejects.toThrow(/k must be/);
    await expect(runKmers(kernels, [rec("ACGT")], { k: 2, canonical: false, top: -1 })).rejects.toThrow(/top must be/);
  });

  it("reports progress and stops when aborted", async () => {
    const seen: number[] = [];
    await runKmers(kernels, [rec("ACGTACGT")], { k: 4, canonical: false }, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    const ac = new AbortController();
    ac.abort();
    await expect(runKmers(kernels, [rec("ACGTACGT")], { k: 4, canonical: false }, { signal: ac.signal })).rejects.toThrow(/abort/i);
  });

  it("matches the TypeScript reference on random sequences", async () => {
    const alphabet = fc.constantFrom(..."ACGTACGTACGTacgtuNRn-*");
    const seqs = fc.array(fc.string({ unit: alphabet, maxLength: 300 }), { minLength: 0, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(seqs, fc.integer({ min: 1, max: 31 }), fc.boolean(), fc.integer({ min: 0, max: 30 }), async (ss, k, canonical, top) => {
        const records = ss.map((s, i) => rec(s, `r${i}`));
        const params = { k, canonical, top, spectrum: true };
        expect(await runKmers(kernels, records, params)).toEqual(countKmers(records, params));
      }),
      { numRuns: 300 },
    );
  });

  it("matches the reference with many repeats (small alphabet, k 13…20 uses the hash table)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom("A", "C"), minLength: 50, maxLength: 2000 }), fc.integer({ min: 13, max: 20 }), fc.boolean(), async (s, k, canonical) => {
        const params = { k, canonical, top: 50, spectrum: true };
        expect(await runKmers(kernels, [rec(s)], params)).toEqual(countKmers([rec(s)], params));
      }),
      { numRuns: 100 },
    );
  });
});
