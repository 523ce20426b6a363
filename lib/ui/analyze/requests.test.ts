import { describe, expect, it } from "vitest";
import type { AnalysisInput } from "@/lib/analysis/contract";
import { requestProblem } from "@/lib/workers/protocol";
import { planRuns } from "./requests";
import { defaultSettings, WORKBENCH_OPS } from "./settings";

const a: AnalysisInput = { kind: "text", text: ">a\nACGT\n", name: "a" };
const b: AnalysisInput = { kind: "text", text: ">b\nACGA\n", name: "b" };

describe("planRuns", () => {
  it("builds one valid request per chosen operation", () => {
    const settings = defaultSettings();
    for (const op of WORKBENCH_OPS) settings.enabled[op] = true;
    const planned = planRuns(settings, a, b);
    expect(planned.map((p) => p.op)).toEqual([...WORKBENCH_OPS]);
    for (const run of planned) {
      expect("request" in run).toBe(true);
      if ("request" in run) expect(requestProblem(run.request)).toBeNull();
    }
  });

  it("blocks the pairwise operations without input B", () => {
    const settings = defaultSettings();
    settings.enabled.align = true;
    settings.enabled.dotplot = true;
    const planned = planRuns(settings, a, null);
    expect(planned.filter((p) => "problem" in p).map((p) => p.op)).toEqual(["align", "dotplot"]);
  });

  it("sends no quality offset by default, so Phred+64 input is detected and refused", () => {
    const settings = defaultSettings();
    const [auto] = planRuns(settings, a, null);
    expect(auto && "request" in auto && auto.request.op === "stats" ? auto.request.params : null).toEqual({});
    settings.params.stats.phredOffset = 64;
    const [declared] = planRuns(settings, a, null);
    expect(declared && "request" in declared && declared.request.op === "stats" ? declared.request.params : null).toEqual({ phredOffset: 64 });
  });

  it("upper-cases the motif pattern", () => {
    const settings = defaultSettings();
    settings.enabled.stats = false;
    settings.enabled.motif = true;
    settings.params.motif.pattern = "gaattc";
    const [run] = planRuns(settings, a, null);
    expect(run && "request" in run && run.request.op === "motif" ? run.request.params.pattern : null).toBe("GAATTC");
  });
});
