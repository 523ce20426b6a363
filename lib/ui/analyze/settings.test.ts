import { describe, expect, it } from "vitest";
import { alignParams, chosenOps, defaultSettings, fromSpaceSettings, toSavedAnalysis, validateOp, WORKBENCH_OPS } from "./settings";

describe("workbench settings", () => {
  it("starts with statistics only", () => {
    expect(chosenOps(defaultSettings())).toEqual(["stats"]);
  });

  it("round-trips through the saved form of a space", () => {
    const settings = defaultSettings();
    settings.enabled.translate = true;
    settings.enabled.digest = true;
    settings.params.translate = { table: 11, frame: "all", cds: true, toStop: false };
    settings.params.digest = { enzymes: ["EcoRI", "NotI"], circular: true };
    const saved = toSavedAnalysis(settings);
    expect(saved.version).toBe(1);
    expect(saved.ops.map((o) => o.op)).toEqual(["stats", "translate", "digest"]);
    const restored = fromSpaceSettings(JSON.parse(JSON.stringify({ analysis: saved })));
    expect(restored).toEqual(settings);
  });

  it("never saves anything but operations and parameters", () => {
    const saved = toSavedAnalysis(defaultSettings());
    expect(Object.keys(saved).sort()).toEqual(["ops", "version"]);
  });

  it("ignores unknown operations, wrong types and out-of-set values in hand-edited JSON", () => {
    const restored = fromSpaceSettings({
      analysis: {
        version: 1,
        ops: [
          { op: "nonsense", params: {} },
          { op: "orfs", params: { minAaLength: "50", startPolicy: "sometimes", table: 11, nested: true, extra: 1 } },
          { op: "stats", params: { phredOffset: 40 } },
          { op: "translate", params: { frame: 7 } },
          "garbage",
        ],
      },
    });
    expect(restored).not.toBeNull();
    expect(chosenOps(restored!)).toEqual(["stats", "translate", "orfs"]);
    expect(restored!.params.orfs).toEqual({ table: 11, minAaLength: 100, startPolicy: "atg", strands: "both", nested: true });
    expect(restored!.params.stats.phredOffset).toBe("auto");
    expect(restored!.params.translate.frame).toBe(1);
  });

  it("keeps a saved quality offset of 33 or 64", () => {
    for (const phredOffset of [33, 64, "auto"] as const) {
      const restored = fromSpaceSettings({ analysis: { version: 1, ops: [{ op: "stats", params: { phredOffset } }] } });
      expect(restored!.params.stats.phredOffset).toBe(phredOffset);
    }
  });

  it("keeps an automatic or chosen dot plot word size", () => {
    expect(defaultSettings().params.dotplot.k).toBe("auto");
    for (const k of ["auto", 7] as const) {
      const restored = fromSpaceSettings({ analysis: { version: 1, ops: [{ op: "dotplot", params: { k, size: 300 } }] } });
      expect(restored!.params.dotplot).toEqual({ k, size: 300 });
    }
    const odd = fromSpaceSettings({ analysis: { version: 1, ops: [{ op: "dotplot", params: { k: "seven" } }] } });
    expect(odd!.params.dotplot.k).toBe("auto");
    const p = defaultSettings().params;
    expect(validateOp("dotplot", { ...p, dotplot: { k: 40, size: 400 } })[0]).toBe("Word size must be a whole number from 1 to 31 bases for DNA/RNA or 1 to 12 residues for protein, or left empty to choose by molecule type; got 40.");
  });

  it("returns null without a version-1 analysis", () => {
    expect(fromSpaceSettings({})).toBeNull();
    expect(fromSpaceSettings({ analysis: { version: 2, ops: [] } })).toBeNull();
    expect(fromSpaceSettings(null)).toBeNull();
  });

  it("validates parameters with readable messages", () => {
    const p = defaultSettings().params;
    for (const op of WORKBENCH_OPS) expect(validateOp(op, p)).toEqual([]);
    expect(validateOp("kmers", { ...p, kmers: { ...p.kmers, k: 32 } })).toEqual(["k must be a whole number from 1 to 31."]);
    expect(validateOp("motif", { ...p, motif: { pattern: "GAAT*C", strands: "both" } })[0]).toMatch(/IUPAC/);
    expect(validateOp("digest", { ...p, digest: { enzymes: [], circular: false } })).toEqual(["Choose at least one enzyme."]);
    expect(validateOp("gcWindows", { ...p, gcWindows: { window: Number.NaN, step: 1, recordIndex: 0 } })).toEqual(["Window size must be a whole number from 1 to 100,000,000 bases; the field is empty."]);
    expect(validateOp("gcWindows", { ...p, gcWindows: { window: 100, step: 500, recordIndex: 0 } })).toEqual(["Step must be a whole number from 1 to the window size (100 bases), so that no base is skipped; got 500."]);
    expect(validateOp("translate", { ...p, translate: { ...p.translate, table: 7 } })).toEqual(["Choose a genetic code table."]);
  });

  it("sends end gaps only in global mode when asked", () => {
    const a = defaultSettings().params.align;
    expect(alignParams(a)).toEqual({ mode: "local", matrix: "auto", gapOpen: 10, gapExtend: 0.5 });
    expect(alignParams({ ...a, endGaps: true })).not.toHaveProperty("endGapOpen");
    expect(alignParams({ ...a, mode: "global", endGaps: true, endGapOpen: 5, endGapExtend: 1 })).toEqual({ mode: "global", matrix: "auto", gapOpen: 10, gapExtend: 0.5, endGapOpen: 5, endGapExtend: 1 });
  });
});
