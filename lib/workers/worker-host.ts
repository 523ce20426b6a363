/**
 * The worker side of the protocol, independent of the worker global so tests can drive it:
 * answers `run` with `result`/`error`, aborts a job on `cancel`, posts throttled progress and
 * heartbeats while jobs run, and answers anything it does not understand with an error.
 */
import type { AnalysisRequest, AnalysisResults, OpContext } from "@/lib/analysis/contract";
import type { KernelProvider } from "@/lib/kernels/runtime";
import { runRequest } from "./dispatch";
import { abortError, serializeError } from "./errors";
import { checkPageMessage, PROTOCOL_VERSION, transferList, type WorkerMessage } from "./protocol";

/** The part of a worker's global scope the host uses. */
export interface WorkerScope {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: "message" | "messageerror", listener: (event: { data: unknown }) => void): void;
}

export interface WorkerHostOptions {
  /** Heartbeat period while a job runs (default 2 s; the pool's watchdog waits 15 s). */
  heartbeatIntervalMs?: number;
  /** Minimum time between two progress messages of a job (default 100 ms). */
  progressIntervalMs?: number;
  /** The operation runner (default {@link runRequest}); replaced in tests. */
  run?: (request: AnalysisRequest, kernels: KernelProvider, ctx: OpContext) => Promise<AnalysisResults[AnalysisRequest["op"]]>;
}

/** Starts answering messages; posts `ready` once listening. */
export function startWorkerHost(scope: WorkerScope, kernels: KernelProvider, options: WorkerHostOptions = {}): void {
  const heartbeatMs = options.heartbeatIntervalMs ?? 2000;
  const progressMs = options.progressIntervalMs ?? 100;
  const run = options.run ?? runRequest;
  const jobs = new Map<number, AbortController>();
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  const post = (message: WorkerMessage, transfer: Transferable[] = []): void => {
    try {
      scope.postMessage(message, transfer);
    } catch (err) {
      // A buffer that cannot be transferred (e.g. kernel memory) is copied instead.
      if (transfer.length === 0) throw err;
      scope.postMessage(message);
    }
  };

  const postError = (jobId: number | null, err: unknown): void => {
    post({ v: PROTOCOL_VERSION, type: "error", jobId, error: serializeError(err) });
  };

  const updateHeartbeat = (): void => {
    if (jobs.size > 0 && heartbeat === null) {
      heartbeat = setInterval(() => post({ v: PROTOCOL_VERSION, type: "heartbeat" }), heartbeatMs);
    } else if (jobs.size === 0 && heartbeat !== null) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  };

  const startJob = async (jobId: number, request: AnalysisRequest): Promise<void> => {
    const controller = new AbortController();
    jobs.set(jobId, controller);
    updateHeartbeat();
    let lastProgress = -Infinity;
    const ctx: OpContext = {
      signal: controller.signal,
      onProgress: (fraction) => {
        const now = Date.now();
        if (controller.signal.aborted || now - lastProgress < progressMs || !Number.isFinite(fraction)) return;
        lastProgress = now;
        post({ v: PROTOCOL_VERSION, type: "progress", jobId, fraction: Math.min(1, Math.max(0, fraction)) });
      },
    };
    try {
      const result = await run(request, kernels, ctx);
      if (controller.signal.aborted) throw abortError();
      try {
        post({ v: PROTOCOL_VERSION, type: "result", jobId, result }, transferList(result));
      } catch (err) {
        throw new Error(`The result could not be sent to the page: ${(err as Error).message}`);
      }
    } catch (err) {
      try {
        postError(jobId, controller.signal.aborted ? abortError() : err);
      } catch {
        /* the page is gone */
      }
    } finally {
      jobs.delete(jobId);
      updateHeartbeat();
    }
  };

  scope.addEventListener("message", (event) => {
    try {
      const check = checkPageMessage(event.data);
      if (!check.ok) {
        postError(check.jobId, new Error(`Analysis worker: ${check.problem}`));
        return;
      }
      const message = check.message;
      if (message.type === "cancel") {
        jobs.get(message.jobId)?.abort();
        return;
      }
      if (jobs.has(message.jobId)) {
        postError(message.jobId, new Error(`Analysis worker: job ${message.jobId} is already running`));
        return;
      }
      void startJob(message.jobId, message.request);
    } catch (err) {
      // Never let a bad message take the worker down.
      try {
        postError(null, err);
      } catch {
        /* nothing left to report to */
      }
    }
  });

  scope.addEventListener("messageerror", () => {
    try {
      postError(null, new Error("Analysis worker: a message from the page could not be read"));
    } catch {
      /* nothing left to report to */
    }
  });

  post({ v: PROTOCOL_VERSION, type: "ready" });
}
