/**
 * Display models for file previews. `GET …/preview` returns `{ fileId, format, summary }` where
 * `summary` is the `FileSummary` union of `lib/bio/summarize.ts` (stored at upload time).
 * `toPreviewView` maps it to flat shapes the renderers read; a summary that does not have the
 * expected shape (an older stored preview, a format added later) becomes an "unknown" view that is
 * shown as key/value pairs instead of breaking the page.
 */
import type { FeaturePreview, FileSummary, GenBankPreview, SequencePreviewRow } from "@/lib/bio/summarize";

/** What `GET /api/datasets/:slug/files/:fileId/preview` returns. */
export interface PreviewResponse {
  fileId: string;
  format: FileSummary["format"];
  summary: FileSummary;
}

export interface SequenceRecordView {
  id: string;
  description: string;
  lengthBp: number;
  gcPercent: number | null;
  nCount: number;
  meanQuality: number | null;
}

export interface SequenceView {
  kind: "sequence";
  format: "fasta" | "fastq";
  recordCount: number;
  totalLengthBp: number;
  gcPercent: number | null;
  n50: number;
  minLengthBp: number;
  maxLengthBp: number;
  nCount: number;
  emptyRecordCount: number;
  alphabet: "nucleotide" | "protein";
  /** FASTQ only. */
  quality: { phredOffset: number; mean: number | null; min: number | null; max: number | null } | null;
  records: SequenceRecordView[];
}

export interface FeatureView {
  type: string;
  location: string;
  /** 1-based inclusive, as GenBank writes positions (summaries carry 0-based half-open). */
  start1: number | null;
  end1: number | null;
  strand: "+" | "−" | "";
  gene: string;
  product: string;
  locusTag: string;
}

export interface GenbankRecordView {
  name: string;
  accession: string;
  definition: string;
  organism: string;
  lengthBp: number;
  topology: string;
  moleculeType: string;
  gcPercent: number | null;
  featureCounts: Array<{ type: string; count: number }>;
  featureTotal: number;
  features: FeatureView[];
}

export interface GenbankView {
  kind: "genbank";
  recordCount: number;
  records: GenbankRecordView[];
}

export interface StructureView {
  kind: "structure";
  format: "pdb" | "mmcif";
  title: string;
  idCode: string;
  modelCount: number;
  /** ATOM + HETATM records of model 1. */
  atomRecords: number;
  /** ATOM records of model 1. */
  atomCount: number;
  hetatmCount: number;
  waterCount: number;
  altlocCount: number;
  altlocIds: string[];
  chains: Array<{ id: string; residueCount: number; hetResidueCount: number; atomCount: number; seqresLength: number | null }>;
  hetResidues: Array<{ name: string; count: number }>;
  elementCounts: Array<{ element: string; count: number }>;
  centroid: [number, number, number] | null;
}

export interface TableView {
  kind: "table";
  format: "csv" | "tsv";
  delimiter: string;
  rowCount: number;
  header: string[];
  rows: string[][];
}

export interface UnknownView {
  kind: "unknown";
  format: string;
  data: Record<string, unknown>;
}

export type PreviewView = SequenceView | GenbankView | StructureView | TableView | UnknownView;

function sequenceRecord(r: SequencePreviewRow): SequenceRecordView {
  return { id: r.id, description: r.description, lengthBp: r.lengthBp, gcPercent: r.gcPercent, nCount: r.nCount, meanQuality: r.meanQuality ?? null };
}

function featureView(f: FeaturePreview): FeatureView {
  return {
    type: f.type,
    location: f.location,
    start1: f.start === null ? null : f.start + 1,
    end1: f.end,
    strand: f.strand === 1 ? "+" : f.strand === -1 ? "−" : "",
    gene: f.gene ?? "",
    product: f.product ?? "",
    locusTag: f.locusTag ?? "",
  };
}

function genbankRecord(r: GenBankPreview): GenbankRecordView {
  const featureCounts = Object.entries(r.featureCounts ?? {})
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    name: r.name,
    accession: r.version ?? r.accession ?? "",
    definition: r.definition,
    organism: r.organism ?? "",
    lengthBp: r.lengthBp,
    topology: r.topology ?? "",
    moleculeType: r.moleculeType ?? "",
    gcPercent: r.gcPercent,
    featureCounts,
    featureTotal: r.featureCount,
    features: (r.features ?? []).map(featureView),
  };
}

function sortedCounts(counts: Record<string, number> | undefined): Array<[string, number]> {
  return Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Whether the lists a renderer iterates are really arrays (stored summaries are untyped JSON). */
function hasShape(s: FileSummary): boolean {
  switch (s.format) {
    case "fasta":
    case "fastq":
      return Array.isArray(s.records) && typeof s.totals === "object" && s.totals !== null;
    case "genbank":
      return Array.isArray(s.records) && s.records.every((r) => Array.isArray(r.features));
    case "pdb":
    case "mmcif":
      return Array.isArray(s.chains);
    case "csv":
    case "tsv":
      return Array.isArray(s.header) && Array.isArray(s.rows);
    default:
      return false;
  }
}

/** Maps a preview response to a display model. */
export function toPreviewView(preview: PreviewResponse): PreviewView {
  const s = preview.summary;
  if (typeof s !== "object" || s === null || !hasShape(s)) {
    return { kind: "unknown", format: String(preview.format), data: typeof s === "object" && s !== null ? (s as unknown as Record<string, unknown>) : {} };
  }
  switch (s.format) {
    case "fasta":
    case "fastq": {
      const t = s.totals;
      return {
        kind: "sequence",
        format: s.format,
        recordCount: t.recordCount,
        totalLengthBp: t.totalLengthBp,
        gcPercent: t.gcPercent,
        n50: t.n50,
        minLengthBp: t.minLengthBp,
        maxLengthBp: t.maxLengthBp,
        nCount: t.nCount,
        emptyRecordCount: t.emptyRecordCount,
        alphabet: t.alphabet,
        quality: s.format === "fastq" ? { phredOffset: s.totals.phredOffset, mean: s.totals.meanQuality, min: s.totals.minQuality, max: s.totals.maxQuality } : null,
        records: s.records.map(sequenceRecord),
      };
    }
    case "genbank":
      return { kind: "genbank", recordCount: s.recordCount, records: s.records.map(genbankRecord) };
    case "pdb":
    case "mmcif":
      return {
        kind: "structure",
        format: s.format,
        title: s.title ?? "",
        idCode: s.idCode ?? "",
        modelCount: s.modelCount,
        atomRecords: s.atomRecords,
        atomCount: s.atomCount,
        hetatmCount: s.hetatmCount,
        waterCount: s.waterCount,
        altlocCount: s.altlocRecords,
        altlocIds: s.altlocIds ?? [],
        chains: s.chains.map((c) => ({ id: c.id, residueCount: c.residueCount, hetResidueCount: c.hetResidueCount, atomCount: c.atomCount, seqresLength: s.seqresLengths?.[c.id] ?? null })),
        hetResidues: sortedCounts(s.hetResidues).map(([name, count]) => ({ name, count })),
        elementCounts: sortedCounts(s.elementCounts).map(([element, count]) => ({ element: element || "?", count })),
        centroid: s.centroid,
      };
    case "csv":
    case "tsv":
      return { kind: "table", format: s.format, delimiter: s.delimiter, rowCount: s.rowCount, header: s.header, rows: s.rows };
  }
}

/** Whether the preview holds fewer rows than the file (records, features or table rows). */
export function isTruncated(view: PreviewView): boolean {
  switch (view.kind) {
    case "sequence":
      return view.records.length < view.recordCount;
    case "genbank":
      return view.records.length < view.recordCount || view.records.some((r) => r.features.length < r.featureTotal);
    case "table":
      return view.rows.length < view.rowCount;
    default:
      return false;
  }
}
