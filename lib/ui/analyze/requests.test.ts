import { describe, expect, it } from "vitest";
import type { AnalysisInput } from "@/lib/analysis/contract";
import { requestProblem } from "@/lib/workers/protocol";
import type { InputPeek } from "./input-peek";
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

  it("blocks GC windows on a record that does not exist or is shorter than the window", () => {
    const settings = defaultSettings();
    settings.enabled.stats = false;
    settings.enabled.gcWindows = true;
    const peek: InputPeek = { records: [{ id: "a", length: 4 }], complete: true, molecule: "dna" };
    settings.params.gcWindows = { window: 2, step: 1, recordIndex: 1 };
    expect(planRuns(settings, a, null, { a: peek, b: null })).toEqual([{ op: "gcWindows", problem: "Record 2 does not exist: the input has 1 record." }]);
    settings.params.gcWindows = { window: 1000, step: 500, recordIndex: 0 };
    const [long] = planRuns(settings, a, null, { a: peek, b: null });
    expect(long && "problem" in long ? long.problem : null).toMatch(/^Window size 1,000 bp is longer than record 1 \(a\), which has 4 bp/);
  });

  it("sends the dot plot's word size by molecule type unless one is chosen", () => {
    const settings = defaultSettings();
    settings.enabled.stats = false;
    settings.enabled.dotplot = true;
    const protein: InputPeek = { records: [{ id: "HBA_HUMAN", length: 142 }], complete: true, molecule: "protein" };
    const dna: InputPeek = { records: [{ id: "a", length: 400 }], complete: true, molecule: "dna" };
    const k = (facts: { a: InputPeek; b: InputPeek }) => {
      const [run] = planRuns(settings, a, b, facts);
      return run && "request" in run && run.request.op === "dotplot" ? run.request.params.k : null;
    };
    expect(k({ a: protein, b: protein })).toBe(3);
    expect(k({ a: dna, b: dna })).toBe(11);
    settings.params.dotplot.k = 5;
    expect(k({ a: protein, b: protein })).toBe(5);
    settings.params.dotplot.k = 20;
    const [tooLong] = planRuns(settings, a, b, { a: protein, b: protein });
    expect(tooLong && "problem" in tooLong ? tooLong.problem : null).toBe("Word size must be a whole number from 1 to 12 residues for protein (sequence A or B is a protein); got 20. Leave it empty for 3.");
  });

  it("blocks a dot plot whose word is longer than one of the sequences", () => {
    const settings = defaultSettings();
    settings.enabled.stats = false;
    settings.enabled.dotplot = true;
    const long: InputPeek = { records: [{ id: "chr1", length: 5000 }], complete: true, molecule: "dna" };
    const short: InputPeek = { records: [{ id: "probe", length: 8 }], complete: true, molecule: "dna" };
    const problem = (facts: { a: InputPeek; b: InputPeek }) => {
      const [run] = planRuns(settings, a, b, facts);
      return run && "problem" in run ? run.problem : null;
    };
    expect(problem({ a: long, b: short })).toBe("The automatic word size (11 bases for DNA/RNA) is longer than sequence B (probe), which has 8 bases: no word fits in it. Choose a word size of at most 8.");
    settings.params.dotplot.k = 9;
    expect(problem({ a: short, b: long })).toBe("Word size 9 is longer than sequence A (probe), which has 8 bases: no word fits in it. Choose a word size of at most 8.");
    settings.params.dotplot.k = 8;
    expect(problem({ a: short, b: long })).toBeNull();
    // A length the look could not see is not checked.
    expect(problem({ a: { records: [{ id: "big", length: null }], complete: false, molecule: "dna" }, b: long })).toBeNull();
  });
});
