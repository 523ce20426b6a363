import type { AlignParams, AnalysisOp, DigestParams, Frame, DotPlotParams, GcWindowsParams, KmerParams, MotifParams, OrfParams, StatsParams, TranslateParams } from "@/lib/analysis/contract";
import { ANALYSIS_LIMITS, AUTO_ALIGN_MATRIX } from "@/lib/analysis/contract";
import { GENETIC_CODES } from "@/lib/bio/genetic-codes";
import { dotPlotWordOptionProblem } from "./dotplot-word";
import { gcWindowsOptionProblems } from "./gc-window-checks";

/**
 * The workbench's operation settings: which operations are chosen and their parameters, with
 * defaults, validation and the JSON form saved in a space (`settings.analysis`, version 1).
 * Pure: no React, no I/O.
 */

/** Operations in the order the workbench shows and runs them. */
export const WORKBENCH_OPS = ["stats", "gcWindows", "revcomp", "translate", "orfs", "kmers", "digest", "motif", "align", "dotplot"] as const satisfies readonly AnalysisOp[];

/** Operations that compare input A with input B. */
export const PAIR_OPS: ReadonlySet<AnalysisOp> = new Set<AnalysisOp>(["align", "dotplot"]);

export const OP_LABELS: Record<AnalysisOp, string> = {
  stats: "Statistics",
  gcWindows: "GC content and skew",
  revcomp: "Reverse complement",
  translate: "Translation",
  orfs: "Open reading frames",
  kmers: "k-mers",
  digest: "Restriction digest",
  motif: "Motif search",
  align: "Pairwise alignment",
  dotplot: "Dot plot",
};

/** Alignment settings as the form holds them: end gaps are a toggle plus two values. */
export interface AlignSettings extends Omit<AlignParams, "endGapOpen" | "endGapExtend"> {
  endGaps: boolean;
  endGapOpen: number;
  endGapExtend: number;
}

/** Parameters of every operation (revcomp has none). */
export interface OpParams {
  /** "auto": Phred+33, and Phred+64 input is detected and refused with a clear error (the kernel's rule). */
  stats: { phredOffset: NonNullable<StatsParams["phredOffset"]> | "auto" };
  gcWindows: GcWindowsParams & { recordIndex: number };
  revcomp: Record<string, never>;
  translate: Required<TranslateParams>;
  orfs: OrfParams;
  kmers: Required<KmerParams>;
  digest: DigestParams;
  motif: MotifParams;
  align: AlignSettings;
  /** "auto": the word size follows the molecule type (see dotplot-word.ts). */
  dotplot: Omit<DotPlotParams, "k"> & { k: number | "auto" };
}

export interface WorkbenchSettings {
  enabled: Record<AnalysisOp, boolean>;
  params: OpParams;
}

export const DEFAULT_PARAMS: OpParams = {
  stats: { phredOffset: "auto" },
  gcWindows: { window: 1000, step: 500, recordIndex: 0 },
  revcomp: {},
  translate: { table: 1, frame: 1, cds: false, toStop: false },
  orfs: { table: 1, minAaLength: 100, startPolicy: "atg", strands: "both", nested: false },
  kmers: { k: 6, canonical: false, top: 20, spectrum: true },
  digest: { enzymes: ["EcoRI", "BamHI"], circular: false },
  motif: { pattern: "GAATTC", strands: "both" },
  align: { mode: "local", matrix: AUTO_ALIGN_MATRIX, gapOpen: 10, gapExtend: 0.5, endGaps: false, endGapOpen: 10, endGapExtend: 0.5 },
  dotplot: { k: "auto", size: 400 },
};

export function defaultSettings(): WorkbenchSettings {
  const enabled = Object.fromEntries(WORKBENCH_OPS.map((op) => [op, op === "stats"])) as Record<AnalysisOp, boolean>;
  return { enabled, params: structuredClone(DEFAULT_PARAMS) };
}

/** The operations chosen, in workbench order. */
export function chosenOps(settings: WorkbenchSettings): AnalysisOp[] {
  return WORKBENCH_OPS.filter((op) => settings.enabled[op]);
}

const IUPAC_NUCLEOTIDE = /^[ACGTUMRWSYKVHDBN]+$/i;
const FRAMES = new Set<unknown>([1, 2, 3, -1, -2, -3, "all"]);
const PHRED_CHOICES: ReadonlyArray<OpParams["stats"]["phredOffset"]> = ["auto", 33, 64];

function isInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Problems with one operation's parameters, as sentences for the form; empty when valid. */
export function validateOp(op: AnalysisOp, params: OpParams): string[] {
  const problems: string[] = [];
  switch (op) {
    case "gcWindows":
      problems.push(...gcWindowsOptionProblems(params.gcWindows));
      break;
    case "translate":
      if (!GENETIC_CODES.has(params.translate.table)) problems.push("Choose a genetic code table.");
      if (!FRAMES.has(params.translate.frame)) problems.push("Choose a frame.");
      break;
    case "orfs":
      if (!GENETIC_CODES.has(params.orfs.table)) problems.push("Choose a genetic code table.");
      if (!isInt(params.orfs.minAaLength, 1, 1_000_000)) problems.push("Minimum length must be a whole number of at least 1 amino acid.");
      break;
    case "kmers":
      if (!isInt(params.kmers.k, 1, 31)) problems.push("k must be a whole number from 1 to 31.");
      if (!isInt(params.kmers.top, 1, 10_000)) problems.push("Top N must be a whole number from 1 to 10,000.");
      break;
    case "digest":
      if (params.digest.enzymes.length === 0) problems.push("Choose at least one enzyme.");
      break;
    case "motif":
      if (!IUPAC_NUCLEOTIDE.test(params.motif.pattern)) problems.push("The pattern must be IUPAC nucleotide letters (A C G T U M R W S Y K V H D B N).");
      break;
    case "align": {
      const p = params.align;
      if (p.matrix.trim() === "") problems.push("Choose a substitution matrix.");
      if (!isNonNegative(p.gapOpen) || !isNonNegative(p.gapExtend)) problems.push("Gap penalties must be zero or more.");
      if (p.endGaps && (!isNonNegative(p.endGapOpen) || !isNonNegative(p.endGapExtend))) problems.push("End gap penalties must be zero or more.");
      break;
    }
    case "dotplot": {
      const wordProblem = dotPlotWordOptionProblem(params.dotplot.k);
      if (wordProblem !== null) problems.push(wordProblem);
      if (!isInt(params.dotplot.size, 16, ANALYSIS_LIMITS.maxDotPlotSize)) problems.push(`Grid size must be a whole number from 16 to ${ANALYSIS_LIMITS.maxDotPlotSize}.`);
      break;
    }
    default:
      break;
  }
  return problems;
}

/** The contract's AlignParams from the form's settings (end gaps only in global mode, when asked). */
export function alignParams(settings: AlignSettings): AlignParams {
  const base: AlignParams = { mode: settings.mode, matrix: settings.matrix, gapOpen: settings.gapOpen, gapExtend: settings.gapExtend };
  if (settings.mode === "global" && settings.endGaps) return { ...base, endGapOpen: settings.endGapOpen, endGapExtend: settings.endGapExtend };
  return base;
}

// ── saved form (space settings) ─────────────────────────────────────────────────────────────

/** What a space stores under `settings.analysis`: never any sequence, only operations and parameters. */
export interface SavedAnalysis {
  version: 1;
  ops: Array<{ op: AnalysisOp; params: Record<string, unknown> }>;
}

export function toSavedAnalysis(settings: WorkbenchSettings): SavedAnalysis {
  return { version: 1, ops: chosenOps(settings).map((op) => ({ op, params: { ...settings.params[op] } })) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Keeps from `saved` only the keys the defaults have, with the same type (arrays of strings for
 * string arrays); anything else falls back to the default. A space may hold hand-edited JSON.
 */
function mergeParams<T extends object>(defaults: T, saved: unknown): T {
  const out = { ...defaults } as Record<string, unknown>;
  if (!isRecord(saved)) return out as T;
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = saved[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = [...(value as string[])];
    } else if (typeof value === typeof fallback && (typeof value !== "number" || Number.isFinite(value))) {
      out[key] = value;
    }
  }
  return out as T;
}

function oneOf<T>(value: T, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value) ? value : fallback;
}

const KNOWN_OPS = new Set<string>(WORKBENCH_OPS);

/** Restores workbench settings from a space's `settings` object; null when it has no analysis. */
export function fromSpaceSettings(spaceSettings: unknown): WorkbenchSettings | null {
  if (!isRecord(spaceSettings)) return null;
  const analysis = spaceSettings.analysis;
  if (!isRecord(analysis) || analysis.version !== 1 || !Array.isArray(analysis.ops)) return null;
  const settings = defaultSettings();
  for (const op of WORKBENCH_OPS) settings.enabled[op] = false;
  for (const entry of analysis.ops) {
    if (!isRecord(entry) || typeof entry.op !== "string" || !KNOWN_OPS.has(entry.op)) continue;
    const op = entry.op as AnalysisOp;
    settings.enabled[op] = true;
    (settings.params as unknown as Record<string, unknown>)[op] = mergeParams(DEFAULT_PARAMS[op], entry.params);
    // The frame is a number or "all": the type check of mergeParams cannot keep "all".
    if (op === "translate" && isRecord(entry.params) && FRAMES.has(entry.params.frame)) settings.params.translate.frame = entry.params.frame as Frame | "all";
    // The dot plot's word size is a whole number or "auto".
    if (op === "dotplot" && isRecord(entry.params) && (entry.params.k === "auto" || (typeof entry.params.k === "number" && Number.isInteger(entry.params.k)))) settings.params.dotplot.k = entry.params.k as number | "auto";
    // Likewise the quality offset is a number or "auto".
    if (op === "stats" && isRecord(entry.params) && PHRED_CHOICES.includes(entry.params.phredOffset as never)) settings.params.stats.phredOffset = entry.params.phredOffset as OpParams["stats"]["phredOffset"];
  }
  const p = settings.params;
  if (!FRAMES.has(p.translate.frame)) p.translate.frame = DEFAULT_PARAMS.translate.frame;
  p.stats.phredOffset = oneOf(p.stats.phredOffset, PHRED_CHOICES, DEFAULT_PARAMS.stats.phredOffset);
  p.orfs.startPolicy = oneOf(p.orfs.startPolicy, ["atg", "alternative", "any"], DEFAULT_PARAMS.orfs.startPolicy);
  p.orfs.strands = oneOf(p.orfs.strands, ["both", "forward", "reverse"], DEFAULT_PARAMS.orfs.strands);
  p.motif.strands = oneOf(p.motif.strands, ["both", "forward"], DEFAULT_PARAMS.motif.strands);
  p.align.mode = oneOf(p.align.mode, ["local", "global"], DEFAULT_PARAMS.align.mode);
  if (p.dotplot.k !== "auto" && !(typeof p.dotplot.k === "number" && Number.isInteger(p.dotplot.k))) p.dotplot.k = DEFAULT_PARAMS.dotplot.k;
  return settings;
}
