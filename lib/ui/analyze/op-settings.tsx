"use client";

import type { CSSProperties, ReactNode } from "react";
import type { AnalysisOp, Frame, StartPolicy } from "@/lib/analysis/contract";
import { DOTPLOT_AUTO_K, DOTPLOT_MAX_K } from "./dotplot-word";
import { GC_WINDOW_LIMITS } from "./gc-window-checks";
import { COMMON_ENZYMES, GENETIC_CODE_CHOICES, MATRIX_CHOICES, MORE_ENZYMES } from "./option-lists";
import { OP_LABELS, PAIR_OPS, validateOp, WORKBENCH_OPS, type OpParams, type WorkbenchSettings } from "./settings";

type SetParams = <K extends AnalysisOp>(op: K, patch: Partial<OpParams[K]>) => void;

function NumberInput({ id, label, value, onChange, min, max, step = 1 }: { id: string; label: string; value: number; onChange: (v: number) => void; min?: number; max?: number; step?: number }) {
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" value={Number.isFinite(value) ? value : ""} min={min} max={max} step={step} onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))} />
    </div>
  );
}

function Select<T extends string | number>({ id, label, value, options, onChange, hint }: { id: string; label: string; value: T; options: ReadonlyArray<{ value: T; label: string }>; onChange: (v: T) => void; hint?: string }) {
  const field = (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={String(value)}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  if (!hint) return field;
  return (
    <>
      {field}
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="choice" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

function EnzymeCheck({ name, id, params, set }: { name: string; id: string; params: OpParams; set: SetParams }) {
  const chosen = params.digest.enzymes;
  return <Check id={id} label={name} checked={chosen.includes(name)} onChange={(on) => set("digest", { enzymes: on ? [...chosen, name] : chosen.filter((e) => e !== name) })} />;
}

const TABLE_OPTIONS = GENETIC_CODE_CHOICES.map((c) => ({ value: c.id, label: c.label }));
const FRAME_OPTIONS: ReadonlyArray<{ value: Frame | "all"; label: string }> = [
  { value: 1, label: "+1" },
  { value: 2, label: "+2" },
  { value: 3, label: "+3" },
  { value: -1, label: "−1" },
  { value: -2, label: "−2" },
  { value: -3, label: "−3" },
  { value: "all", label: "All six" },
];
const START_OPTIONS: ReadonlyArray<{ value: StartPolicy; label: string }> = [
  { value: "atg", label: "ATG only" },
  { value: "alternative", label: "ATG and alternative starts of the table" },
  { value: "any", label: "Any sense codon (stop to stop)" },
];

/** The parameter controls of one operation. */
function OpFields({ op, params, set }: { op: AnalysisOp; params: OpParams; set: SetParams }): ReactNode {
  const id = (name: string) => `op-${op}-${name}`;
  switch (op) {
    case "stats":
      return (
        <Select
          id={id("phred")}
          label="FASTQ quality offset"
          value={params.stats.phredOffset}
          options={[
            { value: "auto", label: "Auto (Phred+33)" },
            { value: 33, label: "Phred+33" },
            { value: 64, label: "Phred+64" },
          ]}
          onChange={(v) => set("stats", { phredOffset: v })}
          hint="Auto reads Phred+33 and refuses files that look like Phred+64. Phred+33: Sanger, Illumina 1.8+; Phred+64: Illumina 1.3–1.7."
        />
      );
    case "gcWindows":
      return (
        <>
          <NumberInput id={id("window")} label="Window (bp)" value={params.gcWindows.window} min={GC_WINDOW_LIMITS.minWindowBp} max={GC_WINDOW_LIMITS.maxWindowBp} onChange={(v) => set("gcWindows", { window: v })} />
          <NumberInput id={id("step")} label="Step (bp)" value={params.gcWindows.step} min={GC_WINDOW_LIMITS.minStepBp} max={Number.isInteger(params.gcWindows.window) ? params.gcWindows.window : GC_WINDOW_LIMITS.maxWindowBp} onChange={(v) => set("gcWindows", { step: v })} />
          <NumberInput id={id("record")} label="Record number" value={params.gcWindows.recordIndex + 1} min={1} max={GC_WINDOW_LIMITS.maxRecordNumber} onChange={(v) => set("gcWindows", { recordIndex: v - 1 })} />
          <p className="hint">The step is at most the window, so every base is in a window; the record number counts from 1.</p>
        </>
      );
    case "revcomp":
      return <p className="muted small">No settings.</p>;
    case "translate":
      return (
        <>
          <Select id={id("table")} label="Genetic code" value={params.translate.table} options={TABLE_OPTIONS} onChange={(v) => set("translate", { table: v })} />
          <Select id={id("frame")} label="Frame" value={params.translate.frame} options={FRAME_OPTIONS} onChange={(v) => set("translate", { frame: v })} />
          <Check id={id("cds")} label="CDS mode (first codon as start → M)" checked={params.translate.cds} onChange={(v) => set("translate", { cds: v })} />
          <Check id={id("tostop")} label="Stop at the first stop codon" checked={params.translate.toStop} onChange={(v) => set("translate", { toStop: v })} />
        </>
      );
    case "orfs":
      return (
        <>
          <NumberInput id={id("min")} label="Minimum length (aa)" value={params.orfs.minAaLength} min={1} onChange={(v) => set("orfs", { minAaLength: v })} />
          <Select id={id("table")} label="Genetic code" value={params.orfs.table} options={TABLE_OPTIONS} onChange={(v) => set("orfs", { table: v })} />
          <Select id={id("starts")} label="Start codons" value={params.orfs.startPolicy} options={START_OPTIONS} onChange={(v) => set("orfs", { startPolicy: v })} />
          <Select
            id={id("strands")}
            label="Strands"
            value={params.orfs.strands}
            options={[
              { value: "both", label: "Both" },
              { value: "forward", label: "Forward" },
              { value: "reverse", label: "Reverse" },
            ]}
            onChange={(v) => set("orfs", { strands: v })}
          />
          <Check id={id("nested")} label="Include nested ORFs" checked={params.orfs.nested} onChange={(v) => set("orfs", { nested: v })} />
        </>
      );
    case "kmers":
      return (
        <>
          <NumberInput id={id("k")} label="k" value={params.kmers.k} min={1} max={31} onChange={(v) => set("kmers", { k: v })} />
          <NumberInput id={id("top")} label="Top N" value={params.kmers.top} min={1} max={10000} onChange={(v) => set("kmers", { top: v })} />
          <Check id={id("canonical")} label="Canonical (merge reverse complements)" checked={params.kmers.canonical} onChange={(v) => set("kmers", { canonical: v })} />
          <Check id={id("spectrum")} label="Spectrum" checked={params.kmers.spectrum} onChange={(v) => set("kmers", { spectrum: v })} />
        </>
      );
    case "digest":
      return (
        <>
          <fieldset className="plain-fieldset">
            <legend>Enzymes</legend>
            <p className="hint">Chosen: {params.digest.enzymes.length > 0 ? params.digest.enzymes.join(", ") : "none"}</p>
            <div className="analyze-enzymes">
              {COMMON_ENZYMES.map((name) => (
                <EnzymeCheck key={name} name={name} id={id(`enzyme-${name}`)} params={params} set={set} />
              ))}
            </div>
            <details className="analyze-more-enzymes">
              <summary>{MORE_ENZYMES.length} more enzymes</summary>
              <div className="analyze-enzymes">
                {MORE_ENZYMES.map((name) => (
                  <EnzymeCheck key={name} name={name} id={id(`enzyme-${name}`)} params={params} set={set} />
                ))}
              </div>
            </details>
          </fieldset>
          <Check id={id("circular")} label="Circular sequence" checked={params.digest.circular} onChange={(v) => set("digest", { circular: v })} />
        </>
      );
    case "motif":
      return (
        <>
          <div className="field field-inline">
            <label htmlFor={id("pattern")}>IUPAC pattern</label>
            <input id={id("pattern")} className="mono" type="text" value={params.motif.pattern} spellCheck={false} onChange={(e) => set("motif", { pattern: e.target.value.trim() })} />
          </div>
          <Check id={id("both")} label="Search both strands" checked={params.motif.strands === "both"} onChange={(v) => set("motif", { strands: v ? "both" : "forward" })} />
        </>
      );
    case "align":
      return (
        <>
          <Select
            id={id("mode")}
            label="Mode"
            value={params.align.mode}
            options={[
              { value: "local", label: "Local (water)" },
              { value: "global", label: "Global (needle)" },
            ]}
            onChange={(v) => set("align", { mode: v })}
          />
          <Select id={id("matrix")} label="Matrix" value={params.align.matrix} options={MATRIX_CHOICES} onChange={(v) => set("align", { matrix: v })} />
          <NumberInput id={id("open")} label="Gap open" value={params.align.gapOpen} min={0} step={0.5} onChange={(v) => set("align", { gapOpen: v })} />
          <NumberInput id={id("extend")} label="Gap extend" value={params.align.gapExtend} min={0} step={0.5} onChange={(v) => set("align", { gapExtend: v })} />
          {params.align.mode === "global" ? (
            <>
              <Check id={id("endgaps")} label="Penalise end gaps" checked={params.align.endGaps} onChange={(v) => set("align", { endGaps: v })} />
              {params.align.endGaps ? (
                <>
                  <NumberInput id={id("endopen")} label="End gap open" value={params.align.endGapOpen} min={0} step={0.5} onChange={(v) => set("align", { endGapOpen: v })} />
                  <NumberInput id={id("endextend")} label="End gap extend" value={params.align.endGapExtend} min={0} step={0.5} onChange={(v) => set("align", { endGapExtend: v })} />
                </>
              ) : null}
            </>
          ) : null}
        </>
      );
    case "dotplot":
      return (
        <>
          <div className="field field-inline">
            <label htmlFor={id("k")}>Word size</label>
            <input
              id={id("k")}
              type="number"
              inputMode="numeric"
              placeholder="auto"
              value={params.dotplot.k === "auto" || !Number.isFinite(params.dotplot.k) ? "" : params.dotplot.k}
              min={1}
              max={DOTPLOT_MAX_K.nucleotide}
              aria-describedby={id("k-hint")}
              onChange={(e) => set("dotplot", { k: e.target.value === "" ? "auto" : Number(e.target.value) })}
            />
          </div>
          <p id={id("k-hint")} className="hint">
            1–{DOTPLOT_MAX_K.nucleotide} bases for DNA/RNA, 1–{DOTPLOT_MAX_K.protein} residues for protein. Empty: {DOTPLOT_AUTO_K.protein} for protein, {DOTPLOT_AUTO_K.nucleotide} for DNA/RNA.
          </p>
          <NumberInput id={id("size")} label="Grid size" value={params.dotplot.size} min={16} max={2048} onChange={(v) => set("dotplot", { size: v })} />
        </>
      );
  }
}

const UNTICKED_STYLE: CSSProperties = { alignSelf: "start" };

/** The operation checklist: one box per operation, its settings shown when it is chosen. */
export function OpSettings({ settings, onChange, hasB }: { settings: WorkbenchSettings; onChange: (next: WorkbenchSettings) => void; hasB: boolean }) {
  const set: SetParams = (op, patch) => onChange({ ...settings, params: { ...settings.params, [op]: { ...settings.params[op], ...patch } } });

  return (
    <div className="analyze-ops">
      {WORKBENCH_OPS.map((op) => {
        const enabled = settings.enabled[op];
        const problems = enabled ? validateOp(op, settings.params) : [];
        return (
          // An unticked operation is only its checkbox: it does not stretch to the row's tallest box.
          <fieldset key={op} className={`analyze-op${enabled ? " is-enabled" : ""}`} style={enabled ? undefined : UNTICKED_STYLE}>
            <legend>
              <label className="choice">
                <input type="checkbox" checked={enabled} onChange={(e) => onChange({ ...settings, enabled: { ...settings.enabled, [op]: e.target.checked } })} />
                {OP_LABELS[op]}
                {PAIR_OPS.has(op) ? <span className="muted small"> (A vs B{hasB ? "" : " — add input B"})</span> : null}
              </label>
            </legend>
            {enabled ? (
              <div className="analyze-op-fields">
                <OpFields op={op} params={settings.params} set={set} />
                {problems.map((p) => (
                  <p key={p} className="field-error">
                    {p}
                  </p>
                ))}
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
