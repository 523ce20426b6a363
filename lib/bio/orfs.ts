/**
 * Open reading frame finder (the reference the `orfs` WASM kernel is tested against). Reads the
 * three frames of each requested strand codon by codon with ./translate: a stop is a codon that
 * translates to `*` (every expansion of an ambiguous codon is a stop); a start is ATG (policy
 * `atg`) or a start codon of the table (`alternative`; every expansion must be one); policy `any`
 * reports stop-to-stop open frames. Circular sequences are not wrapped: an ORF never crosses
 * the origin.
 */
import { isStartCodon, translate } from "./translate";
import { reverseComplement } from "./sequence";

export type OrfStartPolicy = "atg" | "alternative" | "any";
export type OrfFrame = 1 | 2 | 3 | -1 | -2 | -3;

export interface OrfOptions {
  /** NCBI genetic code id. */
  table: number;
  /** Minimum protein length (stop excluded); every ORF has at least one amino acid. */
  minAaLength: number;
  startPolicy: OrfStartPolicy;
  strands: "both" | "forward" | "reverse";
  /** Every start before a stop (true) or only the most upstream one (false). */
  nested: boolean;
}

export interface FoundOrf {
  recordId: string;
  /** 0-based half-open on the forward strand, stop codon included when present. */
  start: number;
  end: number;
  strand: "+" | "-";
  /** ±(1 + start mod 3), the start taken on the ORF's own strand. */
  frame: OrfFrame;
  lengthAa: number;
  /** Translated in CDS mode (a start codon reads as M), stop excluded. */
  protein: string;
  hasStop: boolean;
}

function isAtg(codon: string): boolean {
  return codon.toUpperCase().replaceAll("U", "T") === "ATG";
}

/** Codon ranges [first, stop) of ORFs in one frame of one strand, as codon indices. */
function frameOrfs(strandSeq: string, offset: number, options: OrfOptions): { first: number; stop: number; hasStop: boolean }[] {
  const n = strandSeq.length > offset ? Math.floor((strandSeq.length - offset) / 3) : 0;
  const found: { first: number; stop: number; hasStop: boolean }[] = [];
  const minAa = Math.max(1, options.minAaLength);
  let segmentStart = 0;
  let starts: number[] = [];
  const close = (stop: number, hasStop: boolean) => {
    const candidates = options.startPolicy === "any" ? [segmentStart] : options.nested ? starts : starts.slice(0, 1);
    for (const first of candidates) if (stop - first >= minAa) found.push({ first, stop, hasStop });
    segmentStart = stop + 1;
    starts = [];
  };
  for (let k = 0; k < n; k++) {
    const codon = strandSeq.slice(offset + 3 * k, offset + 3 * k + 3);
    if (translate(codon, { table: options.table }) === "*") {
      close(k, true);
      continue;
    }
    if (options.startPolicy === "atg" ? isAtg(codon) : options.startPolicy === "alternative" && isStartCodon(codon, options.table)) starts.push(k);
  }
  close(n, false);
  return found;
}

/** ORFs of one sequence, sorted by start, then strand (+ first), then end. */
export function findOrfs(recordId: string, seq: string, options: OrfOptions): FoundOrf[] {
  const out: FoundOrf[] = [];
  const length = seq.length;
  const strands: ("+" | "-")[] = options.strands === "both" ? ["+", "-"] : options.strands === "forward" ? ["+"] : ["-"];
  for (const strand of strands) {
    const strandSeq = strand === "+" ? seq : reverseComplement(seq);
    for (let offset = 0; offset < 3; offset++) {
      for (const { first, stop, hasStop } of frameOrfs(strandSeq, offset, options)) {
        const from = offset + 3 * first;
        const to = offset + 3 * stop + (hasStop ? 3 : 0);
        const protein = translate(strandSeq.slice(from, offset + 3 * stop), { table: options.table, cds: true });
        out.push({
          recordId,
          start: strand === "+" ? from : length - to,
          end: strand === "+" ? to : length - from,
          strand,
          frame: ((strand === "+" ? 1 : -1) * (offset + 1)) as OrfFrame,
          lengthAa: stop - first,
          protein,
          hasStop,
        });
      }
    }
  }
  return out.sort(compareOrfs);
}

/** Order of ORFs within a record: start, then strand (+ first), then end. */
export function compareOrfs(a: { start: number; strand: "+" | "-"; end: number }, b: { start: number; strand: "+" | "-"; end: number }): number {
  return a.start - b.start || (a.strand === b.strand ? 0 : a.strand === "+" ? -1 : 1) || a.end - b.end;
}
