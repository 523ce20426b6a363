"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisOp } from "@/lib/analysis/contract";
import { PageHeader } from "../components/page-header";
import { EmptyState } from "../components/query-state";
import { dotPlotWordSize, isProteinPair } from "./dotplot-word";
import { InputPanel } from "./input-panel";
import { peekInput, recordLabel, UNKNOWN_PEEK } from "./input-peek";
import { EMPTY_SOURCE, toAnalysisInput, type InputSource } from "./input-source";
import { LocalIndicator } from "./local-indicator";
import { OpSettings } from "./op-settings";
import { planRuns } from "./requests";
import { ResultSection, type ResultContext } from "./result-section";
import { SaveSpaceForm } from "./save-space-form";
import { chosenOps, defaultSettings, OP_LABELS, PAIR_OPS, validateOp, WORKBENCH_OPS, type WorkbenchSettings } from "./settings";
import { SpaceNotice } from "./space-notice";
import { useAnalysisRuns } from "./use-analysis-runs";
import { useSpaceLoad } from "./use-space-load";

/** The settings and inputs of the last Run, which the results were computed with. */
interface RanWith {
  settings: WorkbenchSettings;
  ops: AnalysisOp[];
  nameA: string;
  nameB: string;
  labelA: string;
  labelB: string;
  protein: boolean;
  dotPlotK: number;
}

/**
 * `/app/analyze`: sequence input(s), operations with their settings, results as they finish,
 * downloads, and save/open as a space. Parsing and every computation run in Web Workers.
 */
export function Workbench({ spaceSlug }: { spaceSlug: string | null }) {
  const [settings, setSettings] = useState<WorkbenchSettings>(defaultSettings);
  const [sourceA, setSourceA] = useState<InputSource>(EMPTY_SOURCE);
  const [sourceB, setSourceB] = useState<InputSource>(EMPTY_SOURCE);
  const [showB, setShowB] = useState(false);
  const [ran, setRan] = useState<RanWith | null>(null);
  const [closed, setClosed] = useState<ReadonlySet<AnalysisOp>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { runs, running, runAll, cancel, cancelAll, retry } = useAnalysisRuns();
  // Only the latest Run starts its operations once its inputs have been looked at.
  const runCount = useRef(0);

  const run = useCallback(
    async (current: WorkbenchSettings, a: InputSource, b: InputSource) => {
      const inputA = toAnalysisInput(a, "sequence-A");
      const inputB = toAnalysisInput(b, "sequence-B");
      const ops = chosenOps(current);
      if (inputA === null) return setProblem("Add a sequence first: paste it, choose or drop a file, or open one of your datasets.");
      if (ops.length === 0) return setProblem("Choose at least one operation.");
      const invalid = ops.flatMap((op) => validateOp(op, current.params).map((p) => `${OP_LABELS[op]}: ${p}`));
      if (invalid.length > 0) return setProblem(invalid.join(" "));
      setProblem(null);
      const thisRun = ++runCount.current;
      // Look at the inputs' heads only for what needs it: labels and molecule type of pairwise results, the GC-window checks.
      const pair = ops.some((op) => PAIR_OPS.has(op));
      const [peekA, peekB] = await Promise.all([pair || ops.includes("gcWindows") ? peekInput(inputA) : UNKNOWN_PEEK, pair && inputB ? peekInput(inputB) : null]);
      if (thisRun !== runCount.current) return;
      const nameA = inputA.name ?? "sequence-A";
      const nameB = inputB?.name ?? "sequence-B";
      const protein = isProteinPair(peekA.molecule, peekB?.molecule ?? "unknown");
      setRan({ settings: current, ops, nameA, nameB, labelA: recordLabel(peekA, nameA), labelB: peekB ? recordLabel(peekB, nameB) : nameB, protein, dotPlotK: dotPlotWordSize(current.params.dotplot.k, protein) });
      runAll(planRuns(current, inputA, inputB, { a: peekA, b: peekB }));
    },
    [runAll],
  );

  // The latest settings and input B, for a run started by the space's file arriving (first load or Retry).
  const latest = useRef({ settings, sourceB });
  useEffect(() => {
    latest.current = { settings, sourceB };
  });

  // `?space=<slug>`: restore the saved settings first, then fetch the dataset's file and run on it.
  // A file that fails to load leaves the restored settings in the form (use-space-load.ts).
  const spaceLoad = useSpaceLoad(spaceSlug, {
    onOpened: (opened) => {
      const restored = opened.settings ?? defaultSettings();
      latest.current = { ...latest.current, settings: restored };
      setSettings(restored);
      if (opened.view.openResults.length > 0) setClosed(new Set(WORKBENCH_OPS.filter((op) => !opened.view.openResults.includes(op))));
    },
    onSource: (source) => {
      setSourceA(source);
      void run(latest.current.settings, source, latest.current.sourceB);
    },
  });

  const statsRun = runs.stats;
  const recordLengths = useMemo(() => {
    const map = new Map<string, number>();
    if (statsRun?.status === "done" && statsRun.result.op === "stats") for (const r of statsRun.result.value.records) map.set(r.id, r.lengthBp);
    return map;
  }, [statsRun]);

  const needsB = chosenOps(settings).some((op) => PAIR_OPS.has(op));
  const hasB = toAnalysisInput(sourceB, "B") !== null;
  const resultOps = ran ? ran.ops.filter((op) => runs[op] !== undefined) : [];
  const openResults = resultOps.filter((op) => !closed.has(op));
  const context: ResultContext | null = ran ? { nameA: ran.nameA, nameB: ran.nameB, labelA: ran.labelA, labelB: ran.labelB, protein: ran.protein, dotPlotK: ran.dotPlotK, params: ran.settings.params, recordLengths } : null;

  return (
    <div className="analyze-page">
      <PageHeader title="Analysis workbench" subtitle="Sequence statistics, translation, ORFs, k-mers, digests, motifs, alignment and dot plots — computed in your browser." />
      <LocalIndicator />
      {spaceSlug ? <SpaceNotice slug={spaceSlug} space={spaceLoad.space} source={spaceLoad.source} onRetrySpace={spaceLoad.retrySpace} onRetrySource={spaceLoad.retrySource} /> : null}

      <section className="section" aria-labelledby="analyze-input">
        <h2 id="analyze-input">Input</h2>
        <div className="analyze-inputs">
          <InputPanel id="input-a" title="Sequence A" source={sourceA} onChange={setSourceA} />
          {showB || needsB || hasB ? (
            <InputPanel id="input-b" title="Sequence B" source={sourceB} onChange={setSourceB} hint="For pairwise alignment and the dot plot (A against B)." />
          ) : (
            <div className="analyze-input analyze-input-placeholder">
              <button type="button" className="btn" onClick={() => setShowB(true)}>
                Add a second sequence (B)
              </button>
              <p className="hint">For pairwise alignment and the dot plot.</p>
            </div>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="analyze-ops">
        <h2 id="analyze-ops">Operations</h2>
        <OpSettings settings={settings} onChange={setSettings} hasB={hasB} />
      </section>

      <div className="analyze-runbar">
        <button type="button" className="btn btn-primary" onClick={() => void run(settings, sourceA, sourceB)}>
          Run
        </button>
        {running ? (
          <button type="button" className="btn" onClick={cancelAll}>
            Cancel all
          </button>
        ) : null}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>

      <section className="section" aria-labelledby="analyze-results">
        <h2 id="analyze-results">Results</h2>
        {ran && context && resultOps.length > 0 ? (
          <div className="stack">
            {resultOps.map((op) => {
              const state = runs[op];
              if (!state) return null;
              return (
                <ResultSection
                  key={op}
                  op={op}
                  state={state}
                  context={context}
                  open={!closed.has(op)}
                  onToggle={(isOpen) =>
                    setClosed((prev) => {
                      if (isOpen === !prev.has(op)) return prev;
                      const next = new Set(prev);
                      if (isOpen) next.delete(op);
                      else next.add(op);
                      return next;
                    })
                  }
                  onCancel={() => cancel(op)}
                  onRetry={() => retry(op)}
                />
              );
            })}
          </div>
        ) : (
          <EmptyState>No results yet. Add a sequence, choose operations and press Run.</EmptyState>
        )}
      </section>

      <section className="section" aria-labelledby="analyze-save">
        <h2 id="analyze-save">Save as space</h2>
        <SaveSpaceForm settings={settings} source={sourceA} openResults={openResults.length > 0 ? openResults : chosenOps(settings)} />
      </section>
    </div>
  );
}
