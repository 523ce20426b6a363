/**
 * Sequence statistics (the `stats` operation; FASTA, FASTQ, and GenBank read whole and counted as
 * FASTA) in plain TypeScript: the reference the streaming
 * WASM path (lib/kernels/seqstats.ts) is tested against, and the summary builder both share.
 *
 * Choices: GC% counts U with T (RNA); a record that is a protein by lib/bio/molecule-type (a
 * letter that is no nucleotide code) has no GC values and no N count (null: N is asparagine),
 * and the totals' GC and N cover the other records only.
 * Composition keys are upper-cased letters plus '*', '-' and '.' as they occur. Length
 * histogram bins are half-open [start, end). Per-position quality covers read positions
 * 1…{@link POSITION_CAP}.
 */

import type { RecordStats, StatsParams, StatsResult, StatsTotals } from "@/lib/analysis/contract";
import { parseFasta } from "./fasta";
import { parseFastq, type PhredOffset } from "./fastq";
import { parseGenBank } from "./genbank";
import { countMoleculeLetters, moleculeTypeFromCounts, type MoleculeType } from "./molecule-type";
import { countBases } from "./sequence";

/** Read positions with a per-position quality (longer reads count only up to here). */
export const POSITION_CAP = 100_000;
/** Default `maxRecordRows`. */
export const DEFAULT_MAX_RECORD_ROWS = 10_000;
/** Most bins of the length histogram. */
export const MAX_HISTOGRAM_BINS = 50;

/** Per-record counts, as the kernel and the reference both produce them. */
export interface RecordCounts {
  id: string;
  length: number;
  a: number;
  c: number;
  g: number;
  t: number;
  u: number;
  n: number;
  /** Other IUPAC ambiguity codes (R Y S W K M B D H V). */
  ambiguous: number;
  /** Letters that are no nucleotide code (E F I J L O P Q Z). */
  proteinOnly: number;
  lowercase: number;
  /** FASTQ: sum of the raw quality character codes. */
  qualityCodeSum: number;
}

/** What is known only at the end of the input. */
export interface StatsEnd {
  /** Residue byte code → count over all records. */
  composition: ArrayLike<number>;
  /** FASTQ only. */
  phredOffset?: PhredOffset;
  minQualityCode?: number;
  maxQualityCode?: number;
  /** FASTQ: sum of quality codes by 0-based position (at least min(maxLength, POSITION_CAP) entries). */
  positionCodeSums?: ArrayLike<number>;
}

/** `maxRecordRows` checked: a non-negative integer (default 10,000). */
export function maxRecordRows(params: StatsParams): number {
  const m = params.maxRecordRows ?? DEFAULT_MAX_RECORD_ROWS;
  if (!Number.isInteger(m) || m < 0) throw new Error(`maxRecordRows must be a non-negative integer, got ${m}`);
  return m;
}

function gcValues(gc: number, acgt: number, length: number): { gcPercent: number | null; gcPercentAll: number | null } {
  if (acgt === 0) return { gcPercent: null, gcPercentAll: null };
  return { gcPercent: (100 * gc) / acgt, gcPercentAll: (100 * gc) / length };
}

/** The molecule-type rule on a record's counts. */
export function recordMolecule(r: Pick<RecordCounts, "a" | "c" | "g" | "t" | "u" | "n" | "ambiguous" | "proteinOnly">): MoleculeType {
  return moleculeTypeFromCounts({ nucleotideCodes: r.a + r.c + r.g + r.t + r.u + r.n + r.ambiguous, proteinOnly: r.proteinOnly, t: r.t, u: r.u });
}

/** N50 and L50 from a length → record count map. */
export function n50l50(lengthCounts: ReadonlyMap<number, number>): { n50: number; l50: number } {
  const lengths = [...lengthCounts.keys()].sort((x, y) => y - x);
  let total = 0;
  for (const [len, count] of lengthCounts) total += len * count;
  if (total === 0) return { n50: 0, l50: 0 };
  let running = 0;
  let records = 0;
  for (const len of lengths) {
    const count = lengthCounts.get(len)!;
    // Records of this length needed to reach half of all bases.
    const need = Math.ceil((total / 2 - running) / len);
    if (need <= count) return { n50: len, l50: records + need };
    running += len * count;
    records += count;
  }
  return { n50: 0, l50: 0 };
}

/** At most 50 equal-width, half-open bins [start, end) from the shortest to the longest record. */
export function lengthHistogram(lengthCounts: ReadonlyMap<number, number>): StatsResult["lengthHistogram"] {
  if (lengthCounts.size === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const len of lengthCounts.keys()) {
    if (len < min) min = len;
    if (len > max) max = len;
  }
  const span = max - min + 1;
  const width = Math.ceil(span / Math.min(MAX_HISTOGRAM_BINS, span));
  const bins = Math.ceil(span / width);
  const out = Array.from({ length: bins }, (_, i) => ({ start: min + i * width, end: Math.min(min + (i + 1) * width, max + 1), count: 0 }));
  for (const [len, count] of lengthCounts) out[Math.floor((len - min) / width)]!.count += count;
  return out;
}

/** Accumulates record counts into a {@link StatsResult}; memory grows with distinct lengths, not input size. */
export class StatsBuilder {
  private readonly rows: RecordCounts[] = [];
  private readonly lengthCounts = new Map<number, number>();
  private records = 0;
  private length = 0;
  /** Protein records, and the length of the others (the totals' GC and N cover only those). */
  private proteinRecords = 0;
  private nucleotideLength = 0;
  private ambiguous = 0;
  private a = 0;
  private c = 0;
  private g = 0;
  private t = 0;
  private u = 0;
  private n = 0;
  private lowercase = 0;
  private qualityCodeSum = 0;

  constructor(
    private readonly format: "fasta" | "fastq",
    private readonly maxRows: number,
  ) {}

  /** Whether the next record's row (and id) is kept. */
  get keepsNextRow(): boolean {
    return this.rows.length < this.maxRows;
  }

  add(r: RecordCounts): void {
    if (this.rows.length < this.maxRows) this.rows.push(r);
    this.records++;
    this.lengthCounts.set(r.length, (this.lengthCounts.get(r.length) ?? 0) + 1);
    this.length += r.length;
    this.lowercase += r.lowercase;
    this.qualityCodeSum += r.qualityCodeSum;
    if (r.proteinOnly > 0 && recordMolecule(r) === "protein") {
      this.proteinRecords++;
      return;
    }
    this.nucleotideLength += r.length;
    this.a += r.a;
    this.c += r.c;
    this.g += r.g;
    this.t += r.t;
    this.u += r.u;
    this.n += r.n;
    this.ambiguous += r.ambiguous;
  }

  build(end: StatsEnd): StatsResult {
    const fastq = this.format === "fastq";
    const offset = end.phredOffset ?? 33;
    const records: RecordStats[] = this.rows.map((r) => {
      const molecule = recordMolecule(r);
      const protein = molecule === "protein";
      const row: RecordStats = {
        id: r.id,
        lengthBp: r.length,
        ...(protein ? { gcPercent: null, gcPercentAll: null } : gcValues(r.g + r.c, r.a + r.c + r.g + r.t + r.u, r.length)),
        nCount: protein ? null : r.n,
        lowercaseCount: r.lowercase,
        molecule,
      };
      if (fastq) row.meanQuality = r.length === 0 ? null : r.qualityCodeSum / r.length - offset;
      return row;
    });
    let minLength = Infinity;
    let maxLength = 0;
    for (const len of this.lengthCounts.keys()) {
      if (len < minLength) minLength = len;
      if (len > maxLength) maxLength = len;
    }
    const composition: Record<string, number> = {};
    for (let b = 0; b < 256; b++) {
      const count = end.composition[b] ?? 0;
      if (count === 0) continue;
      const key = String.fromCharCode(b >= 97 && b <= 122 ? b - 32 : b);
      composition[key] = (composition[key] ?? 0) + count;
    }
    const sortedComposition: Record<string, number> = {};
    for (const key of Object.keys(composition).sort()) sortedComposition[key] = composition[key]!;
    const acgt = this.a + this.c + this.g + this.t + this.u;
    const total: StatsTotals = {
      records: this.records,
      lengthBp: this.length,
      minLength: this.records === 0 ? 0 : minLength,
      maxLength,
      meanLength: this.records === 0 ? 0 : this.length / this.records,
      ...gcValues(this.g + this.c, acgt, this.nucleotideLength),
      nCount: this.records > 0 && this.proteinRecords === this.records ? null : this.n,
      lowercaseCount: this.lowercase,
      molecule: this.totalMolecule(),
      composition: sortedComposition,
      ...n50l50(this.lengthCounts),
    };
    const result: StatsResult = {
      format: this.format,
      records,
      recordsTruncated: this.records > this.maxRows,
      total,
      lengthHistogram: lengthHistogram(this.lengthCounts),
    };
    if (fastq) {
      total.meanQuality = this.length === 0 ? null : this.qualityCodeSum / this.length - offset;
      if (this.length > 0 && end.minQualityCode !== undefined && end.maxQualityCode !== undefined) {
        total.minQuality = end.minQualityCode - offset;
        total.maxQuality = end.maxQualityCode - offset;
      }
      result.perPositionQuality = this.perPosition(end.positionCodeSums ?? [], offset, Math.min(maxLength, POSITION_CAP));
    }
    return result;
  }

  /** The records' common molecule type, or "mixed" when protein and other records meet. */
  private totalMolecule(): NonNullable<StatsTotals["molecule"]> {
    if (this.proteinRecords > 0) return this.proteinRecords === this.records ? "protein" : "mixed";
    return recordMolecule({ a: this.a, c: this.c, g: this.g, t: this.t, u: this.u, n: this.n, ambiguous: this.ambiguous, proteinOnly: 0 });
  }

  /** Reads covering each position follow from the length distribution. */
  private perPosition(sums: ArrayLike<number>, offset: number, positions: number): NonNullable<StatsResult["perPositionQuality"]> {
    // atLeast[p] = reads with length ≥ p (lengths above `positions` clipped to it).
    const atLeast = new Float64Array(positions + 2);
    for (const [len, count] of this.lengthCounts) atLeast[Math.min(len, positions)]! += count;
    for (let p = positions - 1; p >= 0; p--) atLeast[p]! += atLeast[p + 1]!;
    const out: NonNullable<StatsResult["perPositionQuality"]> = [];
    for (let p = 0; p < positions; p++) {
      const count = atLeast[p + 1]!;
      out.push({ position: p + 1, mean: (sums[p] ?? 0) / count - offset, count });
    }
    return out;
  }
}

/**
 * Which format a text is, from its first non-blank character: '>' FASTA, '@' FASTQ, 'L' GenBank
 * (confirmed by {@link genbankAsFasta}, which wants the word LOCUS there).
 */
export function sniffSequenceText(firstChar: number, line: number): "fasta" | "fastq" | "genbank" {
  if (firstChar === 62) return "fasta";
  if (firstChar === 64) return "fastq";
  if (firstChar === 76) return "genbank";
  throw notSequenceTextError(firstChar, line);
}

function notSequenceTextError(firstChar: number, line: number): Error {
  const shown = firstChar < 0x20 || firstChar > 0x7e ? `byte 0x${firstChar.toString(16).padStart(2, "0")}` : `'${String.fromCharCode(firstChar)}'`;
  return new Error(`not FASTA, FASTQ or GenBank: line ${line} starts with ${shown}; expected '>' (FASTA), '@' (FASTQ) or LOCUS (GenBank)`);
}

/** Throws the not-a-sequence-file error unless the first non-blank characters are LOCUS. */
export function checkGenBankStart(text: string): void {
  const first = /[^ \t\n\v\f\r]/.exec(text);
  if (first !== null && !text.startsWith("LOCUS", first.index)) throw notSequenceTextError(text.charCodeAt(first.index), text.slice(0, first.index).split(/\r\n?|\n/).length);
}

/**
 * GenBank text as FASTA for the stats path: one record per LOCUS, id ACCESSION.VERSION (else
 * the accession, else the LOCUS name, as every other command names GenBank records), the
 * DEFINITION as description, the ORIGIN upper-cased — GenBank writes ORIGIN in lower case by
 * convention (gbrel.txt 3.4.16), which is not soft-masking, so the numbers equal the FASTA's.
 */
export function genbankAsFasta(text: string): string {
  checkGenBankStart(text);
  let out = "";
  for (const r of parseGenBank(text)) {
    const id = r.version ?? r.accession ?? r.locus.name;
    if (r.sequence === null) throw new Error(`GenBank record ${id} has no ORIGIN sequence`);
    out += `>${id}${r.definition ? ` ${r.definition}` : ""}\n${r.sequence.toUpperCase()}\n`;
  }
  return out;
}

/** The error for input without any non-blank character. */
export function emptyInputError(): Error {
  return new Error("empty input: no FASTA or FASTQ records");
}

/** Statistics of a whole FASTA or FASTQ text, from the text parsers (the reference implementation). */
export function statsFromText(text: string, params: StatsParams = {}): StatsResult {
  const rows = maxRecordRows(params);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /[^ \t\n\v\f\r]/.exec(body);
  if (first === null) throw emptyInputError();
  // The kernels see bytes: a non-ASCII first character is named by its first UTF-8 byte.
  const firstByte = new TextEncoder().encode(String.fromCodePoint(body.codePointAt(first.index)!))[0]!;
  const format = sniffSequenceText(firstByte, body.slice(0, first.index).split(/\r\n?|\n/).length);
  if (format === "genbank") return { ...statsFromText(genbankAsFasta(body), params), format: "genbank" };
  const builder = new StatsBuilder(format, rows);
  const composition = new Float64Array(256);
  const add = (id: string, seq: string, qualityCodeSum: number): void => {
    const b = countBases(seq);
    const m = countMoleculeLetters(seq);
    for (let i = 0; i < seq.length; i++) composition[seq.charCodeAt(i)]! += 1;
    const ambiguous = m.nucleotideCodes - (b.a + b.c + b.g + b.t + b.u + b.n);
    builder.add({ id, length: seq.length, a: b.a, c: b.c, g: b.g, t: b.t, u: b.u, n: b.n, ambiguous, proteinOnly: m.proteinOnly, lowercase: b.lowercase, qualityCodeSum });
  };
  if (format === "fasta") {
    for (const r of parseFasta(body)) add(r.id, r.sequence, 0);
    return builder.build({ composition });
  }
  const offset: PhredOffset = params.phredOffset ?? 33;
  const reads = parseFastq(body, params.phredOffset === undefined ? {} : { phredOffset: params.phredOffset });
  const sums = new Float64Array(POSITION_CAP);
  let minCode = 127;
  let maxCode = 0;
  for (const r of reads) {
    let sum = 0;
    r.quality.forEach((q, i) => {
      const code = q + offset;
      sum += code;
      if (code < minCode) minCode = code;
      if (code > maxCode) maxCode = code;
      if (i < POSITION_CAP) sums[i]! += code;
    });
    add(r.id, r.sequence, sum);
  }
  return builder.build({ composition, phredOffset: offset, minQualityCode: minCode, maxQualityCode: maxCode, positionCodeSums: sums });
}
