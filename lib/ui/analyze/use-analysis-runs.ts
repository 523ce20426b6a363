"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisOp, AnalysisRequest, AnalysisResults } from "@/lib/analysis/contract";
import { getAnalysisClient } from "@/lib/workers/client";
import type { PlannedRun } from "./requests";
import { classifyRunError, type RunFailure } from "./run-errors";

/** A finished operation's result, tagged with its operation. */
export type OpResult = { [K in AnalysisOp]: { op: K; value: AnalysisResults[K] } }[AnalysisOp];

export type RunState =
  | { status: "running"; progress: number }
  | { status: "done"; result: OpResult; ms: number }
  | { status: "failed"; failure: RunFailure }
  | { status: "blocked"; problem: string };

export type RunStates = Partial<Record<AnalysisOp, RunState>>;

/** Progress below this step is not re-rendered (workers may report often). */
const PROGRESS_STEP = 0.01;

/**
 * Runs analysis requests in the worker pool, one `client.run` per operation, and tracks each
 * one's progress, result or failure. Every run has its own AbortController (Cancel); a newer
 * run of the same operation supersedes the older one. All work happens in the workers: this
 * hook only moves messages and state.
 */
export function useAnalysisRuns() {
  const [runs, setRuns] = useState<RunStates>({});
  const controllers = useRef(new Map<AnalysisOp, AbortController>());
  const requests = useRef(new Map<AnalysisOp, AnalysisRequest>());
  const lastProgress = useRef(new Map<AnalysisOp, number>());

  const update = useCallback((op: AnalysisOp, state: RunState) => setRuns((prev) => ({ ...prev, [op]: state })), []);

  const start = useCallback(
    (request: AnalysisRequest) => {
      const op = request.op;
      controllers.current.get(op)?.abort();
      const controller = new AbortController();
      controllers.current.set(op, controller);
      requests.current.set(op, request);
      lastProgress.current.set(op, 0);
      update(op, { status: "running", progress: 0 });
      const started = performance.now();
      const isCurrent = () => controllers.current.get(op) === controller;
      const onProgress = (fraction: number) => {
        if (!isCurrent()) return;
        const previous = lastProgress.current.get(op) ?? 0;
        if (fraction - previous < PROGRESS_STEP && fraction < 1) return;
        lastProgress.current.set(op, fraction);
        update(op, { status: "running", progress: Math.min(1, Math.max(0, fraction)) });
      };
      let promise: Promise<unknown>;
      try {
        promise = getAnalysisClient().run(request, { signal: controller.signal, onProgress });
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(
        (value) => {
          if (!isCurrent()) return;
          controllers.current.delete(op);
          update(op, { status: "done", result: { op, value } as OpResult, ms: performance.now() - started });
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          controllers.current.delete(op);
          const failure = controller.signal.aborted ? ({ kind: "cancelled", message: "Cancelled." } as const) : classifyRunError(error);
          update(op, { status: "failed", failure });
        },
      );
    },
    [update],
  );

  /** Cancels what is running and starts the planned runs (blocked ones are shown as such). */
  const runAll = useCallback(
    (planned: readonly PlannedRun[]) => {
      for (const controller of controllers.current.values()) controller.abort();
      controllers.current.clear();
      setRuns({});
      for (const run of planned) {
        if ("problem" in run) update(run.op, { status: "blocked", problem: run.problem });
        else start(run.request);
      }
    },
    [start, update],
  );

  const cancel = useCallback((op: AnalysisOp) => controllers.current.get(op)?.abort(), []);

  const cancelAll = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
  }, []);

  const retry = useCallback(
    (op: AnalysisOp) => {
      const request = requests.current.get(op);
      if (request) start(request);
    },
    [start],
  );

  const clear = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
    controllers.current.clear();
    setRuns({});
  }, []);

  // Leaving the page cancels whatever is still running.
  useEffect(() => {
    const live = controllers.current;
    return () => {
      for (const controller of live.values()) controller.abort();
    };
  }, []);

  const running = Object.values(runs).some((r) => r?.status === "running");
  return { runs, running, runAll, cancel, cancelAll, retry, clear };
}
