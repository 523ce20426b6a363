import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFasta } from "@/lib/bio/fasta";
import { gcPercent } from "@/lib/bio/sequence";
import { runGcWindows } from "./gc-windows";
import { gcWindowsReference } from "./gc-windows-reference";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();

describe("GC windows", () => {
  it("matches the TypeScript reference on random sequences, windows and steps", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(..."ACGTUNacgtunRY-*"), maxLength: 400 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 150 }),
        async (seq, window, step) => {
          expect(await runGcWindows(kernels, seq, { window, step })).toEqual(gcWindowsReference(seq, { window, step }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives GC and skew per window, null without ACGT or without G+C", async () => {
    const r = await runGcWindows(kernels, "GGGGCCNNNNAAAA", { window: 4, step: 4 });
    expect(r.starts).toEqual([0, 4, 8]);
    expect(r.gcPercent).toEqual([100, 100, 0]);
    expect(r.gcSkew).toEqual([1, -1, null]);
    const n = await runGcWindows(kernels, "NNNN", { window: 2, step: 1 });
    expect(n.gcPercent).toEqual([null, null, null]);
  });

  it("uses one window over the whole sequence when the window is longer", async () => {
    const r = await runGcWindows(kernels, "ACGTT", { window: 100, step: 10 });
    expect(r).toEqual({ starts: [0], gcPercent: [40], gcSkew: [0] });
  });

  it("rejects windows and steps that are not positive integers", async () => {
    await expect(runGcWindows(kernels, "ACGT", { window: 0, step: 1 })).rejects.toThrow("GC window must be a positive integer, got 0");
    await expect(runGcWindows(kernels, "ACGT", { window: 2, step: 1.5 })).rejects.toThrow("step must be a positive integer");
    await expect(runGcWindows(kernels, "A".repeat(2_000_001), { window: 1, step: 1 })).rejects.toThrow("use a larger step");
  });

  it("windows of SARS-CoV-2 average to the genome GC", async () => {
    const [rec] = parseFasta(fs.readFileSync(new URL("../../db/seed/data/sars-cov-2_MN908947.fasta", import.meta.url), "utf8"));
    const seq = rec!.sequence.slice(0, 29_900);
    const r = await runGcWindows(kernels, seq, { window: 100, step: 100 });
    expect(r.starts).toHaveLength(299);
    const mean = r.gcPercent.reduce<number>((a, b) => a + (b ?? 0), 0) / r.gcPercent.length;
    expect(mean).toBeCloseTo(gcPercent(seq)!, 9);
  });

  it("refuses protein input like translation does, naming the record", async () => {
    await expect(runGcWindows(kernels, { id: "p", sequence: "MKVLLAAGHQWERTY" }, { window: 5, step: 5 })).rejects.toThrow(
      `record "p" looks like a protein sequence ('L' at position 4); a GC content and skew plot needs DNA or RNA`,
    );
    expect((await runGcWindows(kernels, { id: "d", sequence: "ACGTRYACGT" }, { window: 5, step: 5 })).starts).toEqual([0, 5]);
  });
});
