/** Reverse complement on the `revcomp` WASM kernel (IUPAC, case preserved). */
import type { AnalysisRecord } from "@/lib/analysis/contract";
import { requireIupacNucleotideRecord } from "@/lib/bio/molecule-type";
import type { KernelExports, KernelInstance, KernelProvider } from "./runtime";

export interface RevcompExports extends KernelExports {
  revcomp(ptr: number, len: number, rna: number): void;
}

function hasUWithoutT(bytes: Uint8Array): boolean {
  let u = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]! | 0x20;
    if (c === 0x74) return false;
    if (c === 0x75) u = true;
  }
  return u;
}

/**
 * Reverse complement of a sequence given as ASCII bytes. RNA (U and no T) pairs A with U;
 * otherwise DNA. Bytes that are not IUPAC nucleotide codes are kept (reversed), as in
 * lib/bio/sequence.ts `reverseComplement`, the reference this kernel is tested against.
 */
export function revcompBytes(k: KernelInstance<RevcompExports>, seq: Uint8Array): Uint8Array {
  k.exports.reset();
  const ptr = k.put(seq);
  k.exports.revcomp(ptr, seq.length, hasUWithoutT(seq) ? 1 : 0);
  return k.copy(ptr, seq.length);
}

/**
 * Reverse complement of every record (the `revcomp` operation); quality strings are reversed.
 * Records with anything but IUPAC nucleotide codes, gaps and `*` (a protein, X, digits) are
 * refused before any work, naming the record and the first such letter.
 */
export async function runRevcomp(kernels: KernelProvider, records: readonly AnalysisRecord[]): Promise<AnalysisRecord[]> {
  for (const r of records) requireIupacNucleotideRecord(r, "reverse complement");
  const k = await kernels<RevcompExports>("revcomp");
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  return records.map((r) => ({
    ...r,
    sequence: dec.decode(revcompBytes(k, enc.encode(r.sequence))),
    ...(r.quality ? { quality: r.quality.slice().reverse() } : {}),
  }));
}
