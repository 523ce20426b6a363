import type { AnalysisInput, AnalysisOp, AnalysisRequest } from "@/lib/analysis/contract";
import { alignParams, chosenOps, PAIR_OPS, type WorkbenchSettings } from "./settings";

/** One request per chosen operation, or the reason it cannot run (e.g. no input B). */
export type PlannedRun = { op: AnalysisOp; request: AnalysisRequest } | { op: AnalysisOp; problem: string };

/** The request of one operation for inputs A (and B for the pairwise operations). */
export function buildRequest(op: AnalysisOp, settings: WorkbenchSettings, a: AnalysisInput, b: AnalysisInput | null): PlannedRun {
  const p = settings.params;
  if (PAIR_OPS.has(op) && b === null) return { op, problem: "Needs a second sequence: add input B." };
  switch (op) {
    case "stats":
      // Without an offset the kernel reads Phred+33 and refuses input that looks like Phred+64.
      return { op, request: { op, input: a, params: p.stats.phredOffset === "auto" ? {} : { phredOffset: p.stats.phredOffset } } };
    case "gcWindows":
      return { op, request: { op, input: a, params: { window: p.gcWindows.window, step: p.gcWindows.step, recordIndex: p.gcWindows.recordIndex } } };
    case "revcomp":
      return { op, request: { op, input: a } };
    case "translate":
      return { op, request: { op, input: a, params: { ...p.translate } } };
    case "orfs":
      return { op, request: { op, input: a, params: { ...p.orfs } } };
    case "kmers":
      return { op, request: { op, input: a, params: { ...p.kmers } } };
    case "digest":
      return { op, request: { op, input: a, params: { enzymes: [...p.digest.enzymes], circular: p.digest.circular } } };
    case "motif":
      return { op, request: { op, input: a, params: { pattern: p.motif.pattern.toUpperCase(), strands: p.motif.strands } } };
    case "align":
      return { op, request: { op, a, b: b as AnalysisInput, params: alignParams(p.align) } };
    case "dotplot":
      return { op, request: { op, a, b: b as AnalysisInput, params: { ...p.dotplot } } };
  }
}

/** Requests for every chosen operation, in workbench order. */
export function planRuns(settings: WorkbenchSettings, a: AnalysisInput, b: AnalysisInput | null): PlannedRun[] {
  return chosenOps(settings).map((op) => buildRequest(op, settings, a, b));
}
