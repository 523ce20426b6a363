/**
 * The analysis operations: what each one takes and returns. One contract for the WASM kernel
 * wrappers (lib/kernels), the Web Worker protocol (lib/workers), the workbench UI and the CLI.
 * Pure types and constants; coordinates are 0-based half-open unless a field says otherwise.
 */

/** Genetic code tables published by NCBI (1–6, 9–16, 21–33). */
export type GeneticCodeId = number;

/** A sequence record as the analysis sees it (already parsed). */
export interface AnalysisRecord {
  id: string;
  description: string;
  sequence: string;
  /** FASTQ: Phred scores per base (offset applied). */
  quality?: Uint8Array;
  /** GenBank LOCUS topology. */
  circular?: boolean;
}

/** Progress and cancellation for long operations; kernels call these between chunks. */
export interface OpContext {
  /** Fraction done in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Aborted → the operation throws an AbortError at the next chunk boundary. */
  signal?: AbortSignal;
}

// ── stats ────────────────────────────────────────────────────────────────────────────────────

export interface StatsParams {
  /** Phred offset for FASTQ (default 33; Phred+64-looking input is rejected unless 64 is given). */
  phredOffset?: 33 | 64;
  /** Per-record rows kept in the result (totals always cover every record). Default 10,000. */
  maxRecordRows?: number;
}

/** Alphabet of a sequence by lib/bio/molecule-type (protein when at least 5% of its letters are no nucleotide code). */
export type SequenceMolecule = "dna" | "rna" | "protein" | "unknown";

export interface RecordStats {
  id: string;
  /** Letters of the record: bases, or residues when `molecule` is "protein". */
  lengthBp: number;
  /** 100·(G+C)/(A+C+G+T), ambiguous letters excluded; null without any ACGT and for protein. */
  gcPercent: number | null;
  /** 100·(G+C)/length (seqkit's definition); null for protein. */
  gcPercentAll: number | null;
  /** N bases; null for protein (where N is asparagine). */
  nCount: number | null;
  /** DNA, RNA, protein or unknown (no deciding letter); always set by the stats operation. */
  molecule?: SequenceMolecule;
  /** Lowercase (soft-masked) letters. */
  lowercaseCount: number;
  /** FASTQ: mean Phred over the record's bases. */
  meanQuality?: number | null;
}

export interface StatsTotals {
  records: number;
  /** Letters of all records (residues for protein records). */
  lengthBp: number;
  minLength: number;
  maxLength: number;
  meanLength: number;
  /** GC values and N count cover the nucleotide (non-protein) records only; null when there are none. */
  gcPercent: number | null;
  gcPercentAll: number | null;
  nCount: number | null;
  /** The records' molecule when they agree, "mixed" when protein and nucleotide records meet; always set. */
  molecule?: SequenceMolecule | "mixed";
  lowercaseCount: number;
  /** Upper-cased letter → count over all records. */
  composition: Record<string, number>;
  n50: number;
  l50: number;
  /** FASTQ: mean Phred over all bases of the file. */
  meanQuality?: number | null;
  minQuality?: number;
  maxQuality?: number;
}

export interface StatsResult {
  /** The input's format (GenBank is counted as the equivalent FASTA). */
  format: "fasta" | "fastq" | "genbank";
  records: RecordStats[];
  /** True when more records exist than `maxRecordRows`. */
  recordsTruncated: boolean;
  total: StatsTotals;
  /** Record-length histogram (equal-width bins, at most 50). */
  lengthHistogram: { start: number; end: number; count: number }[];
  /** FASTQ: mean Phred by 1-based read position. */
  perPositionQuality?: { position: number; mean: number; count: number }[];
}

// ── GC content / skew along one sequence ─────────────────────────────────────────────────────

export interface GcWindowsParams {
  window: number;
  step: number;
}

export interface GcWindowsResult {
  /** Start (0-based) of each window. */
  starts: number[];
  /** GC% (ACGT) of each window; null when the window has no ACGT. */
  gcPercent: (number | null)[];
  /** (G−C)/(G+C) of each window; null when G+C = 0. */
  gcSkew: (number | null)[];
}

// ── translation / ORFs ──────────────────────────────────────────────────────────────────────

export type Frame = 1 | 2 | 3 | -1 | -2 | -3;

export interface TranslateParams {
  table: GeneticCodeId;
  /** One frame or all six. Negative frames read the reverse complement. */
  frame: Frame | "all";
  /** CDS mode: a first codon that is a start codon of the table becomes M. */
  cds?: boolean;
  /** Stop at the first stop codon (not included). */
  toStop?: boolean;
}

export interface Translation {
  recordId: string;
  frame: Frame;
  protein: string;
  /** Bases left over after the last full codon (0–2), not translated. */
  trailingBases: number;
}

export type StartPolicy = "atg" | "alternative" | "any";

export interface OrfParams {
  table: GeneticCodeId;
  /** Minimum protein length in amino acids (stop excluded). */
  minAaLength: number;
  startPolicy: StartPolicy;
  strands: "both" | "forward" | "reverse";
  /** Also report ORFs that start inside a longer ORF in the same frame. */
  nested: boolean;
}

export interface Orf {
  recordId: string;
  /** 0-based half-open on the forward strand, stop codon included when present. */
  start: number;
  end: number;
  strand: "+" | "-";
  frame: Frame;
  lengthAa: number;
  protein: string;
  /** False when the ORF runs off the end of the sequence without a stop. */
  hasStop: boolean;
}

// ── k-mers ──────────────────────────────────────────────────────────────────────────────────

export interface KmerParams {
  /** 1…31. */
  k: number;
  canonical: boolean;
  /** Most frequent k-mers to return (default 20). */
  top?: number;
  /** Also return the spectrum (multiplicity → number of distinct k-mers). */
  spectrum?: boolean;
}

export interface KmerResult {
  k: number;
  canonical: boolean;
  /** Valid k-mers counted (windows containing a non-ACGT letter are skipped). */
  totalKmers: number;
  distinctKmers: number;
  top: { kmer: string; count: number }[];
  spectrum?: { multiplicity: number; distinct: number }[];
}

// ── pairwise alignment ──────────────────────────────────────────────────────────────────────

export type AlignMode = "local" | "global";

/** `AlignParams.matrix` value that picks the matrix by molecule type (EDNAFULL / EBLOSUM62). */
export const AUTO_ALIGN_MATRIX = "auto";

export interface AlignParams {
  mode: AlignMode;
  /**
   * EMBOSS matrix name, e.g. EBLOSUM62, EDNAFULL; {@link AUTO_ALIGN_MATRIX} (or "") chooses as
   * EMBOSS does: EDNAFULL when both records are nucleotide, EBLOSUM62 when they are protein, an
   * error when one is DNA and the other protein. The result's `matrix` names the one used.
   */
  matrix: string;
  gapOpen: number;
  gapExtend: number;
  /** Global only: end gaps are free unless both are given (EMBOSS -endweight -endopen -endextend). */
  endGapOpen?: number;
  endGapExtend?: number;
}

/** The summary EMBOSS water/needle print, with 1-based inclusive coordinates. */
export interface AlignResult {
  /** Matrix the alignment was scored with (the one chosen when `matrix` was auto). */
  matrix?: string;
  score: number;
  /** Alignment columns, gaps included. */
  length: number;
  identity: number;
  similarity: number;
  gaps: number;
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  alignedA: string;
  alignedB: string;
  /** EMBOSS markup line: `|` identity, `:` similar, `.` other pair, space for gaps. */
  markup: string;
}

// ── restriction digest / motifs / dot plot ──────────────────────────────────────────────────

export interface DigestParams {
  /** Enzyme names from the curated table (case-insensitive). */
  enzymes: string[];
  circular: boolean;
}

export interface CutSite {
  enzyme: string;
  /** Recognition site (IUPAC) as in the enzyme table. */
  site: string;
  /** 0-based start of the recognition site on the forward strand. */
  position: number;
  strand: "+" | "-";
  /** Cut positions between bases (0…length) on the top and bottom strands. */
  cutTop: number;
  cutBottom: number;
}

export interface Fragment {
  /** 0-based half-open on the forward strand; a circular fragment may wrap (end < start). */
  start: number;
  end: number;
  length: number;
  leftEnzyme: string | null;
  rightEnzyme: string | null;
}

export interface DigestResult {
  recordId: string;
  length: number;
  circular: boolean;
  sites: CutSite[];
  fragments: Fragment[];
}

export interface MotifParams {
  /** IUPAC nucleotide pattern. */
  pattern: string;
  strands: "both" | "forward";
}

export interface MotifHit {
  recordId: string;
  /** 0-based half-open on the forward strand. */
  start: number;
  end: number;
  strand: "+" | "-";
  /** The matched bases as they appear on the hit's strand. */
  matched: string;
}

export interface DotPlotParams {
  /** Word size for matches. */
  k: number;
  /** Output grid is `size × size` cells (downsampled). */
  size: number;
}

export interface DotPlotResult {
  lengthA: number;
  lengthB: number;
  size: number;
  /** Row-major `size × size` match counts; row = position in A, column = position in B. */
  forward: Uint32Array;
  /** Matches of A against the reverse complement of B (same layout, B coordinates forward). */
  reverse: Uint32Array;
}

// ── input bounds ────────────────────────────────────────────────────────────────────────────

/** Inputs above these sizes are refused with a clear message (worker memory bound). */
export const ANALYSIS_LIMITS = {
  /** Streaming stats: any size (read in chunks); other operations load the sequence. */
  maxSequenceBytes: 256 * 1024 * 1024,
  /** Alignment: product of the two lengths for the traceback. */
  maxAlignCells: 400_000_000,
  maxAlignLength: 100_000,
  maxOrfs: 200_000,
  maxMotifHits: 200_000,
  maxDotPlotSize: 2048,
} as const;

// ── requests (what the workbench sends to a worker) ─────────────────────────────────────────

/** Sequence input, parsed in the worker (FASTA, FASTQ or GenBank, sniffed by content). */
export type AnalysisInput = { kind: "text"; text: string; name?: string } | { kind: "file"; file: Blob; name: string };

export type AnalysisRequest =
  | { op: "stats"; input: AnalysisInput; params: StatsParams }
  | { op: "gcWindows"; input: AnalysisInput; params: GcWindowsParams & { recordIndex?: number } }
  | { op: "revcomp"; input: AnalysisInput }
  | { op: "translate"; input: AnalysisInput; params: TranslateParams }
  | { op: "orfs"; input: AnalysisInput; params: OrfParams }
  | { op: "kmers"; input: AnalysisInput; params: KmerParams }
  | { op: "align"; a: AnalysisInput; b: AnalysisInput; params: AlignParams }
  | { op: "digest"; input: AnalysisInput; params: DigestParams }
  | { op: "motif"; input: AnalysisInput; params: MotifParams }
  | { op: "dotplot"; a: AnalysisInput; b: AnalysisInput; params: DotPlotParams };

export type AnalysisOp = AnalysisRequest["op"];

/** Result type of each operation. */
export interface AnalysisResults {
  stats: StatsResult;
  gcWindows: GcWindowsResult;
  revcomp: AnalysisRecord[];
  translate: Translation[];
  orfs: Orf[];
  kmers: KmerResult;
  align: AlignResult;
  digest: DigestResult[];
  motif: MotifHit[];
  dotplot: DotPlotResult;
}
