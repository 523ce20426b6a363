/**
 * NCBI genetic codes packed for the translate and orfs kernels (wasm/lib/codon-table.ts). A
 * codon is indexed by the IUPAC base sets of its three letters — 4-bit masks in TCAG order
 * (bit 0 T/U, 1 C, 2 A, 3 G; 0 = not a nucleotide code) — as (m0 << 8) | (m1 << 4) | m2. Each
 * of the 4096 entries holds the amino acid every expansion agrees on (else X; X for any codon
 * with a non-nucleotide letter), | 0x80 when every expansion is a start codon of the table:
 * exactly what lib/bio/translate.ts resolves, so the kernel needs no ambiguity logic.
 */
import { GENETIC_CODES, type GeneticCode } from "@/lib/bio/genetic-codes";
import type { KernelExports, KernelInstance } from "./runtime";

export const CODON_TABLE_BYTES = 4096;
/** Set on entries whose codon is a start codon of the table. */
export const START_FLAG = 0x80;

const X = 0x58;

/** The NCBI table ids, ascending. */
export function geneticCodeIds(): number[] {
  return [...GENETIC_CODES.keys()].sort((a, b) => a - b);
}

/** Throws a RangeError naming the valid ids unless `id` is a registered NCBI genetic code. */
export function assertGeneticCode(id: number): GeneticCode {
  const code = GENETIC_CODES.get(id);
  if (code === undefined) throw new RangeError(`unknown genetic code table ${id}; valid tables: ${geneticCodeIds().join(", ")}`);
  return code;
}

function pack(code: GeneticCode): Uint8Array {
  const out = new Uint8Array(CODON_TABLE_BYTES);
  for (let index = 0; index < CODON_TABLE_BYTES; index++) {
    const masks = [(index >> 8) & 15, (index >> 4) & 15, index & 15];
    if (masks.includes(0)) {
      out[index] = X;
      continue;
    }
    let aa = -1;
    let same = true;
    let allStarts = true;
    for (let a = 0; a < 4; a++) {
      if ((masks[0]! & (1 << a)) === 0) continue;
      for (let b = 0; b < 4; b++) {
        if ((masks[1]! & (1 << b)) === 0) continue;
        for (let c = 0; c < 4; c++) {
          if ((masks[2]! & (1 << c)) === 0) continue;
          const i = a * 16 + b * 4 + c;
          const x = code.aminoAcids.charCodeAt(i);
          if (aa === -1) aa = x;
          else if (aa !== x) same = false;
          if (code.starts[i] !== "M") allStarts = false;
        }
      }
    }
    out[index] = (same ? aa : X) | (allStarts ? START_FLAG : 0);
  }
  return out;
}

const packed = new Map<number, Uint8Array>();

/** The packed 4096-byte table of NCBI genetic code `id` (cached; do not modify). */
export function packCodonTable(id: number): Uint8Array {
  let table = packed.get(id);
  if (table === undefined) {
    table = pack(assertGeneticCode(id));
    packed.set(id, table);
  }
  return table;
}

/** A kernel that holds a packed genetic code in static memory. */
export interface CodonTableExports extends KernelExports {
  codonTable(): number;
}

// Which table each kernel instance holds (static memory survives `reset`).
const loaded = new WeakMap<object, number>();

/** Writes table `id` into the kernel's static table region unless it is already there. */
export function loadCodonTable(k: KernelInstance<CodonTableExports>, id: number): void {
  if (loaded.get(k.exports) === id) return;
  const table = packCodonTable(id);
  k.view(k.exports.codonTable(), CODON_TABLE_BYTES).set(table);
  loaded.set(k.exports, id);
}
