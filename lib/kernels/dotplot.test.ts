import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalysisRecord } from "@/lib/analysis/contract";
import { dotPlot } from "@/lib/bio/dotplot";
import { runDotPlot } from "./dotplot";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();
const rec = (sequence: string, id = "r"): AnalysisRecord => ({ id, description: "", sequence });

describe("dotplot kernel", () => {
  it("bins forward and reverse-complement word matches", async () => {
    // A = ACGTT, B = AACGT: A's ACG@0 = B's ACG@1 and CGT@1 = CGT@2 (forward).
    const r = await runDotPlot(kernels, rec("ACGTT"), rec("AACGT"), { k: 3, size: 5 });
    expect(r.lengthA).toBe(5);
    expect(r.size).toBe(5);
    const at = (g: Uint32Array, i: number, j: number) => g[i * 5 + j];
    expect(at(r.forward, 0, 1)).toBe(1); // ACG
    expect(at(r.forward, 1, 2)).toBe(1); // CGT
    // A's ACG = revcomp(CGT) at B 2; A's CGT = revcomp(ACG) at B 1; A's GTT = revcomp(AAC) at B 0.
    expect(at(r.reverse, 0, 2)).toBe(1);
    expect(at(r.reverse, 1, 1)).toBe(1);
    expect(at(r.reverse, 2, 0)).toBe(1);
    expect(r.forward.reduce((s, v) => s + v, 0)).toBe(2);
    expect(r.reverse.reduce((s, v) => s + v, 0)).toBe(3);
  });

  it("compares protein letters directly with an empty reverse grid", async () => {
    const r = await runDotPlot(kernels, rec("MKVLEEQW"), rec("mkvlxx"), { k: 2, size: 4 });
    expect(r.reverse.every((v) => v === 0)).toBe(true);
    expect(r.forward.reduce((s, v) => s + v, 0)).toBe(3);
  });

  it("rejects bad word and grid sizes, and handles empty sequences", async () => {
    await expect(runDotPlot(kernels, rec("ACGT"), rec("ACGT"), { k: 0, size: 10 })).rejects.toThrow(/word size k must be an integer from 1 to 31/);
    await expect(runDotPlot(kernels, rec("MKVLEE"), rec("MKVLEE"), { k: 13, size: 10 })).rejects.toThrow(/from 1 to 12 for protein/);
    await expect(runDotPlot(kernels, rec("ACGT"), rec("ACGT"), { k: 2, size: 4096 })).rejects.toThrow(/grid size must be an integer from 1 to 2048/);
    const e = await runDotPlot(kernels, rec(""), rec("ACGT"), { k: 2, size: 3 });
    expect([...e.forward, ...e.reverse].every((v) => v === 0)).toBe(true);
  });

  it("matches the TypeScript reference on random inputs", async () => {
    const dna = fc.string({ unit: fc.constantFrom(..."ACGTacgtuN-"), maxLength: 200 });
    const prot = fc.string({ unit: fc.constantFrom(..."ACDEFGHIKLMNPQRSTVWYX*-"), maxLength: 120 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(dna, dna), fc.tuple(prot, prot)), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 40 }), async ([a, b], k, size) => {
        const got = await runDotPlot(kernels, rec(a), rec(b), { k, size });
        const want = dotPlot(a, b, { k, size });
        expect({ ...got, forward: [...got.forward], reverse: [...got.reverse] }).toEqual({ ...want, forward: [...want.forward], reverse: [...want.reverse] });
      }),
      { numRuns: 300 },
    );
  });
});
