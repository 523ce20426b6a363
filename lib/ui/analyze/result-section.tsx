"use client";

import type { AnalysisOp } from "@/lib/analysis/contract";
import { DotPlot } from "./charts/dot-plot";
import { downloadExport } from "./download";
import { exportFiles } from "./export-formats";
import { AlignView } from "./results/align-view";
import { DigestView } from "./results/digest-view";
import { GcView } from "./results/gc-view";
import { KmersView } from "./results/kmers-view";
import { MotifView } from "./results/motif-view";
import { OrfsView } from "./results/orfs-view";
import { RevcompView, TranslationView } from "./results/sequence-views";
import { StatsView } from "./results/stats-view";
import { positionLabel, type RunFailure } from "./run-errors";
import { OP_LABELS, type OpParams } from "./settings";
import type { OpResult, RunState } from "./use-analysis-runs";

/** What a result view needs besides the result: names of the inputs, the parameters used, lengths. */
export interface ResultContext {
  /** Input names (file names), for the names of downloaded files. */
  nameA: string;
  nameB: string;
  /** The first record's id of each input (its file name when it has none), for labels in results. */
  labelA: string;
  labelB: string;
  /** Whether A and B were compared as protein (either is a protein). */
  protein: boolean;
  /** Word size the dot plot ran with. */
  dotPlotK: number;
  params: OpParams;
  recordLengths: ReadonlyMap<string, number>;
}

function ResultBody({ result, context }: { result: OpResult; context: ResultContext }) {
  switch (result.op) {
    case "stats":
      return <StatsView result={result.value} />;
    case "gcWindows":
      return <GcView result={result.value} params={context.params.gcWindows} />;
    case "revcomp":
      return <RevcompView result={result.value} />;
    case "translate":
      return <TranslationView result={result.value} />;
    case "orfs":
      return <OrfsView result={result.value} recordLengths={context.recordLengths} />;
    case "kmers":
      return <KmersView result={result.value} />;
    case "digest":
      return <DigestView result={result.value} />;
    case "motif":
      return <MotifView result={result.value} pattern={context.params.motif.pattern.toUpperCase()} />;
    case "align":
      return <AlignView result={result.value} nameA={context.labelA} nameB={context.labelB} />;
    case "dotplot":
      return <DotPlot result={result.value} nameA={context.labelA} nameB={context.labelB} protein={context.protein} k={context.dotPlotK} />;
  }
}

function Downloads({ result, context }: { result: OpResult; context: ResultContext }) {
  const files = exportFiles(result.op, result.value, { a: context.nameA, b: context.nameB, labelA: context.labelA, labelB: context.labelB });
  return (
    <div className="row analyze-downloads" role="group" aria-label={`Download ${OP_LABELS[result.op]}`}>
      <span className="muted small">Download</span>
      {files.map((f) => (
        <button key={f.filename} type="button" className="btn btn-small" onClick={() => downloadExport(f)} title={f.filename}>
          {f.label}
        </button>
      ))}
    </div>
  );
}

function FailureView({ failure, onRetry }: { failure: RunFailure; onRetry: () => void }) {
  switch (failure.kind) {
    case "cancelled":
      return (
        <div className="state state-empty" role="status">
          <p>Cancelled.</p>
          <button type="button" className="btn btn-small" onClick={onRetry}>
            Run again
          </button>
        </div>
      );
    case "parse":
      return (
        <div className="state state-error" role="alert">
          <p className="state-title">The input could not be read at {positionLabel(failure)}</p>
          <p className="mono">{failure.message}</p>
          <p className="muted small">Fix the input at that line and run again.</p>
        </div>
      );
    case "tooLarge":
      return (
        <div className="state state-error" role="alert">
          <p className="state-title">Input too large</p>
          <p>{failure.message}</p>
          <p className="muted small">Use a smaller input or fewer records, then press Run.</p>
        </div>
      );
    case "crashed":
      return (
        <div className="state state-error" role="alert">
          <p className="state-title">The analysis worker stopped</p>
          <p>{failure.message}</p>
          <button type="button" className="btn" onClick={onRetry}>
            Retry
          </button>
        </div>
      );
    case "transient":
      return (
        <div className="state state-error" role="alert">
          <p className="state-title">The analysis could not run just now</p>
          <p>{failure.message}</p>
          <button type="button" className="btn" onClick={onRetry}>
            Retry
          </button>
        </div>
      );
    case "failed":
      return (
        <div className="state state-error" role="alert">
          <p className="state-title">The analysis failed</p>
          <p>{failure.message}</p>
          <p className="muted small">Running it again gives the same result: change the input or the settings, then press Run.</p>
        </div>
      );
  }
}

const FAILURE_LABELS: Record<RunFailure["kind"], string> = {
  parse: "input error",
  tooLarge: "input too large",
  cancelled: "cancelled",
  crashed: "worker stopped",
  transient: "failed",
  failed: "failed",
};

/** One operation's panel: progress with Cancel, the failure state, or the result with downloads. */
export function ResultSection({
  op,
  state,
  context,
  open,
  onToggle,
  onCancel,
  onRetry,
}: {
  op: AnalysisOp;
  state: RunState;
  context: ResultContext;
  open: boolean;
  onToggle: (open: boolean) => void;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const headingId = `result-${op}`;
  const dataStatus = state.status === "failed" && state.failure.kind === "cancelled" ? "cancelled" : state.status;
  const status = state.status === "running" ? `running ${Math.round(state.progress * 100)}%` : state.status === "done" ? `${(state.ms / 1000).toFixed(2)} s` : state.status === "failed" ? FAILURE_LABELS[state.failure.kind] : "not run";
  return (
    <details className="card analyze-result" open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-op={op} data-status={dataStatus}>
      <summary>
        <h3 id={headingId}>{OP_LABELS[op]}</h3>
        <span className="muted small">{status}</span>
      </summary>
      <section aria-labelledby={headingId} className="analyze-result-body">
        {state.status === "running" ? (
          <div className="row analyze-progress">
            <progress max={1} value={state.progress} aria-label={`${OP_LABELS[op]} progress`} />
            <span className="small">{Math.round(state.progress * 100)}%</span>
            <button type="button" className="btn btn-small" onClick={onCancel}>
              Cancel
            </button>
          </div>
        ) : null}
        {state.status === "blocked" ? <p className="notice notice-warn">{state.problem}</p> : null}
        {state.status === "failed" ? <FailureView failure={state.failure} onRetry={onRetry} /> : null}
        {state.status === "done" ? (
          <>
            <Downloads result={state.result} context={context} />
            <ResultBody result={state.result} context={context} />
          </>
        ) : null}
      </section>
    </details>
  );
}
