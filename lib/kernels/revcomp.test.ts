import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { reverseComplement } from "@/lib/bio/sequence";
import { loadKernel, nodeKernelProvider } from "./node-loader";
import { revcompBytes, runRevcomp, type RevcompExports } from "./revcomp";
import type { KernelInstance } from "./runtime";

let k: KernelInstance<RevcompExports>;
beforeAll(async () => {
  k = await loadKernel<RevcompExports>("revcomp");
});

const ascii = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("revcomp kernel", () => {
  it("complements every IUPAC code and keeps case", () => {
    expect(text(revcompBytes(k, ascii("ACGTRYKMBVDHSWNacgtrykmbvdhswn")))).toBe("nwsdhbvkmryacgtNWSDHBVKMRYACGT");
  });

  it("pairs A with U in RNA and keeps gaps and stops in place", () => {
    expect(text(revcompBytes(k, ascii("AUGC-*")))).toBe("*-GCAU");
    expect(text(revcompBytes(k, ascii("")))).toBe("");
  });

  it("matches the TypeScript reference on random sequences", () => {
    const alphabet = fc.constantFrom(..."ACGTUNRYKMBVDHSWacgtunrykmbvdhsw-*.X");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 500 }), (s) => {
        expect(text(revcompBytes(k, ascii(s)))).toBe(reverseComplement(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe("runRevcomp", () => {
  const kernels = nodeKernelProvider();
  const rec = (id: string, sequence: string) => ({ id, description: "", sequence });

  it("refuses protein and letters that are no IUPAC nucleotide code, naming the record and position", async () => {
    await expect(runRevcomp(kernels, [rec("p", "MKVLLAAGHQWERTYIPASDFGHKLCVNM")])).rejects.toThrow(
      'record "p" looks like a protein sequence: "L" at position 4 is not an IUPAC nucleotide code (ACGTURYSWKMBDHVN, gaps - . and *); reverse complement needs DNA or RNA',
    );
    await expect(runRevcomp(kernels, [rec("ok", "ACGT"), rec("s1", "ACGTXJ")])).rejects.toThrow('record "s1" looks like a protein sequence: "X" at position 5');
    await expect(runRevcomp(kernels, [rec("o", "ACGTOOACGT")])).rejects.toThrow('record "o" looks like a protein sequence: "O" at position 5');
    await expect(runRevcomp(kernels, [rec("x", "ACGTX")])).rejects.toThrow('record "x": "X" at position 5 is not an IUPAC nucleotide code');
  });

  it("keeps IUPAC codes, case, U, gaps and stops working", async () => {
    const out = await runRevcomp(kernels, [rec("a", "ACGTRYKMBVDHSWNacgtn"), rec("r", "AUGC-*."), rec("e", "")]);
    expect(out.map((r) => r.sequence)).toEqual(["nacgtNWSDHBVKMRYACGT", ".*-GCAU", ""]);
  });
});
