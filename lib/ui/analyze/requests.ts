import type { AnalysisInput, AnalysisOp, AnalysisRequest } from "@/lib/analysis/contract";
import { dotPlotWordProblem, dotPlotWordSize, isProteinPair, type DotPlotSide } from "./dotplot-word";
import { gcWindowsInputProblem } from "./gc-window-checks";
import { UNKNOWN_PEEK, type InputPeek } from "./input-peek";
import { alignParams, chosenOps, PAIR_OPS, type WorkbenchSettings } from "./settings";

/** One request per chosen operation, or the reason it cannot run (e.g. no input B). */
export type PlannedRun = { op: AnalysisOp; request: AnalysisRequest } | { op: AnalysisOp; problem: string };

/** What a look at the inputs' heads told (input-peek.ts); unknown when not looked at. */
export interface InputFacts {
  a: InputPeek;
  b: InputPeek | null;
}

const NO_FACTS: InputFacts = { a: UNKNOWN_PEEK, b: null };

/** The request of one operation for inputs A (and B for the pairwise operations). */
export function buildRequest(op: AnalysisOp, settings: WorkbenchSettings, a: AnalysisInput, b: AnalysisInput | null, facts: InputFacts = NO_FACTS): PlannedRun {
  const p = settings.params;
  if (PAIR_OPS.has(op) && b === null) return { op, problem: "Needs a second sequence: add input B." };
  switch (op) {
    case "stats":
      // Without an offset the kernel reads Phred+33 and refuses input that looks like Phred+64.
      return { op, request: { op, input: a, params: p.stats.phredOffset === "auto" ? {} : { phredOffset: p.stats.phredOffset } } };
    case "gcWindows": {
      const problem = gcWindowsInputProblem(p.gcWindows, facts.a);
      if (problem !== null) return { op, problem };
      return { op, request: { op, input: a, params: { window: p.gcWindows.window, step: p.gcWindows.step, recordIndex: p.gcWindows.recordIndex } } };
    }
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
    case "dotplot": {
      const protein = isProteinPair(facts.a.molecule, facts.b?.molecule ?? "unknown");
      const sides: DotPlotSide[] = [
        { side: "A", id: facts.a.records[0]?.id ?? "", length: facts.a.records[0]?.length ?? null },
        { side: "B", id: facts.b?.records[0]?.id ?? "", length: facts.b?.records[0]?.length ?? null },
      ];
      // The dot plot compares the first record of each input (lib/workers/dispatch.ts).
      const problem = dotPlotWordProblem(p.dotplot.k, protein, sides);
      if (problem !== null) return { op, problem };
      return { op, request: { op, a, b: b as AnalysisInput, params: { k: dotPlotWordSize(p.dotplot.k, protein), size: p.dotplot.size } } };
    }
  }
}

/** Requests for every chosen operation, in workbench order. */
export function planRuns(settings: WorkbenchSettings, a: AnalysisInput, b: AnalysisInput | null, facts: InputFacts = NO_FACTS): PlannedRun[] {
  return chosenOps(settings).map((op) => buildRequest(op, settings, a, b, facts));
}
