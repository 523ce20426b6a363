/**
 * One entry point that turns file text into a JSON-serialisable preview for the UI. Large
 * FASTA/FASTQ uploads should use the streaming scanners (`createFastaScanner`,
 * `createFastqScanner`) and convert their result with {@link fastaPreview} / {@link fastqPreview},
 * which give exactly the shape `summarizeFile` returns.
 */

import { parseDelimited, type Delimiter } from "./delimited";
import type { FastaSummary } from "./fasta";
import { createFastaScanner } from "./fasta-scanner";
import { summarizeFastqText, type FastqSummary, type PhredOffset } from "./fastq";
import { featureSegments, parseGenBank, qualifierValue, type GenBankRecord } from "./genbank";
import { parseMmcif } from "./mmcif";
import { parsePdb } from "./pdb";
import { countBases, gcPercentFromCounts, looksNucleotide } from "./sequence";
import type { BioFileFormat } from "./sniff";
import { summarizeStructure, type StructureSummary } from "./structure";

/** Options for {@link summarizeFile}. */
export interface SummarizeOptions {
  /** Rows / records / features listed in the preview (default 50). */
  previewLimit?: number;
  /** FASTQ quality offset; by default Phred+33, with Phred+64-looking input rejected. */
  phredOffset?: PhredOffset;
}

/** One sequence in a FASTA/FASTQ preview. */
export interface SequencePreviewRow {
  id: string;
  description: string;
  lengthBp: number;
  /** GC over A/C/G/T(/U), null for protein-like or ACGT-free sequences. */
  gcPercent: number | null;
  nCount: number;
  /** Mean Phred score (FASTQ only). */
  meanQuality?: number | null;
}

/** Totals over the whole file. */
export interface SequenceTotals {
  recordCount: number;
  totalLengthBp: number;
  minLengthBp: number;
  maxLengthBp: number;
  n50: number;
  gcPercent: number | null;
  nCount: number;
  /** Empty records (FASTA headers without sequence). */
  emptyRecordCount: number;
  /** Whether the residues look like nucleotides (≥ 90% A/C/G/T/U/N) or protein. */
  alphabet: "nucleotide" | "protein";
}

/** FASTQ totals add quality figures. */
export interface ReadTotals extends SequenceTotals {
  phredOffset: PhredOffset;
  meanQuality: number | null;
  minQuality: number | null;
  maxQuality: number | null;
}

/** A feature row in a GenBank preview; `start`/`end` are 0-based half-open over its local segments. */
export interface FeaturePreview {
  type: string;
  location: string;
  start: number | null;
  end: number | null;
  /** 1 or -1 when all local segments share a strand, otherwise null. */
  strand: 1 | -1 | null;
  gene?: string;
  product?: string;
  locusTag?: string;
}

/** One record in a GenBank preview. */
export interface GenBankPreview {
  name: string;
  accession: string | null;
  version: string | null;
  definition: string;
  organism: string | null;
  lengthBp: number;
  moleculeType: string | null;
  topology: "linear" | "circular" | null;
  gcPercent: number | null;
  featureCount: number;
  featureCounts: Record<string, number>;
  features: FeaturePreview[];
}

/** Preview of any supported file, discriminated on `format`. */
export type FileSummary =
  | { format: "fasta"; records: SequencePreviewRow[]; totals: SequenceTotals }
  | { format: "fastq"; records: SequencePreviewRow[]; totals: ReadTotals }
  | { format: "genbank"; recordCount: number; records: GenBankPreview[] }
  | ({ format: "pdb" | "mmcif"; idCode: string | null; title: string | null } & StructureSummary)
  | { format: "csv" | "tsv"; delimiter: Delimiter; header: string[]; rows: string[][]; rowCount: number };

const DEFAULT_PREVIEW = 50;

interface Counts {
  lengthBp: number;
  gcCount: number;
  atCount: number;
  nCount: number;
}

function gcOf(c: Counts): number | null {
  if (!looksNucleotide(c.gcCount + c.atCount + c.nCount, c.lengthBp)) return null;
  return gcPercentFromCounts(c.gcCount, c.gcCount + c.atCount, c.lengthBp);
}

function totalsOf(s: FastaSummary | FastqSummary): SequenceTotals {
  const counts = { lengthBp: s.totalLengthBp, gcCount: s.gcCount, atCount: s.atCount, nCount: s.nCount };
  return {
    recordCount: s.recordCount,
    totalLengthBp: s.totalLengthBp,
    minLengthBp: s.minLengthBp,
    maxLengthBp: s.maxLengthBp,
    n50: s.n50,
    gcPercent: gcOf(counts),
    nCount: s.nCount,
    emptyRecordCount: s.emptyRecordCount,
    alphabet: looksNucleotide(s.gcCount + s.atCount + s.nCount, s.totalLengthBp) || s.totalLengthBp === 0 ? "nucleotide" : "protein",
  };
}

/** Preview from a FASTA summary (from the streaming scanner or `summarizeFastaRecords`). */
export function fastaPreview(s: FastaSummary, previewLimit = DEFAULT_PREVIEW): Extract<FileSummary, { format: "fasta" }> {
  return {
    format: "fasta",
    records: s.records.slice(0, previewLimit).map((r) => ({ id: r.id, description: r.description, lengthBp: r.lengthBp, gcPercent: gcOf(r), nCount: r.nCount })),
    totals: totalsOf(s),
  };
}

/** Preview from a FASTQ summary (from the streaming scanner or `summarizeFastqText`). */
export function fastqPreview(s: FastqSummary, previewLimit = DEFAULT_PREVIEW): Extract<FileSummary, { format: "fastq" }> {
  return {
    format: "fastq",
    records: s.records.slice(0, previewLimit).map((r) => ({
      id: r.id,
      description: r.description,
      lengthBp: r.lengthBp,
      gcPercent: gcOf(r),
      nCount: r.nCount,
      meanQuality: r.meanQuality,
    })),
    totals: {
      ...totalsOf(s),
      phredOffset: s.phredOffset,
      meanQuality: s.meanQuality,
      minQuality: s.minQuality,
      maxQuality: s.maxQuality,
    },
  };
}

function featurePreview(rec: GenBankRecord, f: GenBankRecord["features"][number]): FeaturePreview {
  const local = featureSegments(rec, f).filter((s) => s.accession === null || s.accession === rec.accession || s.accession === rec.version);
  const strands = new Set(local.map((s) => s.strand));
  const row: FeaturePreview = {
    type: f.type,
    location: f.locationText,
    start: local.length === 0 ? null : Math.min(...local.map((s) => s.start)),
    end: local.length === 0 ? null : Math.max(...local.map((s) => s.end)),
    strand: strands.size === 1 ? [...strands][0]! : null,
  };
  const gene = qualifierValue(f, "gene");
  const product = qualifierValue(f, "product");
  const locusTag = qualifierValue(f, "locus_tag");
  if (typeof gene === "string") row.gene = gene;
  if (typeof product === "string") row.product = product;
  if (typeof locusTag === "string") row.locusTag = locusTag;
  return row;
}

/** Preview of parsed GenBank records. */
export function genbankPreview(records: GenBankRecord[], previewLimit = DEFAULT_PREVIEW): Extract<FileSummary, { format: "genbank" }> {
  return {
    format: "genbank",
    recordCount: records.length,
    records: records.slice(0, previewLimit).map((rec) => {
      const featureCounts: Record<string, number> = {};
      for (const f of rec.features) featureCounts[f.type] = (featureCounts[f.type] ?? 0) + 1;
      let gc: number | null = null;
      if (rec.sequence !== null) {
        const c = countBases(rec.sequence);
        gc = gcOf({ lengthBp: c.length, gcCount: c.g + c.c, atCount: c.a + c.t + c.u, nCount: c.n });
      }
      return {
        name: rec.locus.name,
        accession: rec.accession,
        version: rec.version,
        definition: rec.definition,
        organism: rec.organism,
        lengthBp: rec.locus.lengthBp,
        moleculeType: rec.locus.moleculeType,
        topology: rec.locus.topology,
        gcPercent: gc,
        featureCount: rec.features.length,
        featureCounts,
        features: rec.features.slice(0, previewLimit).map((f) => featurePreview(rec, f)),
      };
    }),
  };
}

/**
 * Parse `text` as `format` and build its preview. Throws {@link BioParseError} for malformed
 * input. Callers cap inputs (64 MB); use the streaming scanners for larger FASTA/FASTQ files.
 */
export function summarizeFile(format: BioFileFormat, text: string, options: SummarizeOptions = {}): FileSummary {
  const limit = options.previewLimit ?? DEFAULT_PREVIEW;
  switch (format) {
    case "fasta": {
      const scanner = createFastaScanner({ maxRecords: limit });
      scanner.push(new TextEncoder().encode(text));
      return fastaPreview(scanner.end(), limit);
    }
    case "fastq":
      return fastqPreview(
        summarizeFastqText(text, { maxRecords: limit, ...(options.phredOffset !== undefined ? { phredOffset: options.phredOffset } : {}) }),
        limit,
      );
    case "genbank":
      return genbankPreview(parseGenBank(text), limit);
    case "pdb":
    case "mmcif": {
      const s = format === "pdb" ? parsePdb(text) : parseMmcif(text);
      return { format, idCode: s.idCode ?? null, title: s.title ?? null, ...summarizeStructure(s) };
    }
    case "csv":
    case "tsv": {
      const t = parseDelimited(text, { maxRows: limit, ...(format === "tsv" ? { delimiter: "\t" as const } : {}) });
      return { format: t.delimiter === "\t" ? "tsv" : "csv", delimiter: t.delimiter, header: t.header, rows: t.rows, rowCount: t.rowCount };
    }
  }
}
