import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { reverseComplement } from "@/lib/bio/sequence";
import { loadKernel } from "./node-loader";
import { revcompBytes, type RevcompExports } from "./revcomp";
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
