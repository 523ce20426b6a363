/**
 * A pool of analysis workers: FIFO queue with a fixed bound, one job per worker at a time,
 * workers created lazily and reused. A watchdog replaces a worker that stops showing signs of
 * life or overruns a job's time limit, or that crashes; only that worker's job fails. Cancelling
 * rejects at once with an AbortError; a worker that does not confirm within a grace period is
 * terminated, so cancellation is always prompt.
 */
import type { AnalysisRequest, AnalysisResults } from "@/lib/analysis/contract";
import { abortError, PoolDisposedError, QueueFullError, rehydrateError, WorkerCrashedError, WorkerTimeoutError, type WorkerTimeoutReason } from "./errors";
import { isWorkerMessage, PROTOCOL_VERSION, type PageMessage, type WorkerMessage } from "./protocol";

/** What arrives with a worker event (MessageEvent data, ErrorEvent message). */
export interface WorkerEventLike {
  data?: unknown;
  message?: string;
}

/** The subset of `Worker` the pool uses (a fake implements it in tests). */
export interface WorkerLike {
  postMessage(message: PageMessage): void;
  terminate(): void;
  addEventListener(type: "message" | "messageerror" | "error", listener: (event: WorkerEventLike) => void): void;
}

export interface PoolOptions {
  createWorker: () => WorkerLike;
  /** Worker count (default: hardware threads − 1, between 1 and 4). */
  size?: number;
  /** Jobs waiting for a worker before `run` refuses more (default 32). */
  maxQueued?: number;
  /** A busy worker silent for this long is replaced (default 15 s). */
  heartbeatTimeoutMs?: number;
  /** Hard limit per job (default 10 min). */
  jobTimeoutMs?: number;
  /** How long a cancelled job's worker may take to confirm before it is replaced (default 2 s). */
  cancelGraceMs?: number;
}

export interface PoolRunOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Default pool size for this machine: hardware threads − 1, at least 1, at most 4. */
export function defaultPoolSize(hardwareConcurrency = globalThis.navigator?.hardwareConcurrency): number {
  const n = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency!) - 1 : 1;
  return Math.min(4, Math.max(1, n));
}

interface Job {
  id: number;
  request: AnalysisRequest;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  onProgress: ((fraction: number) => void) | undefined;
  detach: () => void;
}

type Timer = ReturnType<typeof setTimeout>;

interface Slot {
  worker: WorkerLike;
  /** The job whose answer is awaited (also after it was cancelled), or null when idle. */
  busyWith: number | null;
  /** The caller's job, while not yet settled. */
  job: Job | null;
  silence: Timer | null;
  deadline: Timer | null;
  grace: Timer | null;
  retired: boolean;
}

export class WorkerPool {
  private readonly options: Required<Omit<PoolOptions, "size">> & { size: number };
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private nextJobId = 1;
  private disposed = false;

  constructor(options: PoolOptions) {
    this.options = {
      createWorker: options.createWorker,
      size: Math.max(1, Math.floor(options.size ?? defaultPoolSize())),
      maxQueued: options.maxQueued ?? 32,
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 15_000,
      jobTimeoutMs: options.jobTimeoutMs ?? 10 * 60_000,
      cancelGraceMs: options.cancelGraceMs ?? 2000,
    };
  }

  /** Workers currently alive (for diagnostics and tests). */
  get workerCount(): number {
    return this.slots.length;
  }

  /** Jobs waiting for a worker. */
  get queuedCount(): number {
    return this.queue.length;
  }

  run<R extends AnalysisRequest>(request: R, options: PoolRunOptions = {}): Promise<AnalysisResults[R["op"]]> {
    return new Promise<AnalysisResults[R["op"]]>((resolve, reject) => {
      if (this.disposed) return reject(new PoolDisposedError());
      const { signal, onProgress } = options;
      if (signal?.aborted) return reject(abortError());
      const idle = this.slots.some((s) => s.busyWith === null) || this.slots.length < this.options.size;
      if (!idle && this.queue.length >= this.options.maxQueued) return reject(new QueueFullError(this.options.maxQueued));
      const onAbort = (): void => this.cancel(job);
      const job: Job = {
        id: this.nextJobId++,
        request,
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress,
        detach: () => signal?.removeEventListener("abort", onAbort),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Rejects every queued and running job and terminates the workers. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const err = new PoolDisposedError();
    for (const job of this.queue.splice(0)) this.settle(job, err);
    for (const slot of [...this.slots]) {
      if (slot.job) this.settle(slot.job, err);
      slot.job = null;
      this.retire(slot);
    }
  }

  private settle(job: Job, outcome: { error: unknown } | { value: unknown } | Error): void {
    job.detach();
    if (outcome instanceof Error) job.reject(outcome);
    else if ("error" in outcome) job.reject(outcome.error);
    else job.resolve(outcome.value);
  }

  private pump(): void {
    while (!this.disposed && this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busyWith === null);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        try {
          slot = this.spawn();
        } catch (err) {
          const job = this.queue.shift()!;
          this.settle(job, new WorkerCrashedError(`The analysis worker could not be started: ${(err as Error).message}`));
          continue;
        }
      }
      this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = this.options.createWorker();
    const slot: Slot = { worker, busyWith: null, job: null, silence: null, deadline: null, grace: null, retired: false };
    worker.addEventListener("message", (event) => this.onMessage(slot, event.data));
    worker.addEventListener("error", (event) => {
      const detail = typeof event.message === "string" && event.message ? `: ${event.message}` : "";
      this.crash(slot, new WorkerCrashedError(`The analysis worker crashed${detail}`));
    });
    worker.addEventListener("messageerror", () => this.crash(slot, new WorkerCrashedError("A message from the analysis worker could not be read")));
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    slot.busyWith = job.id;
    slot.job = job;
    const message: PageMessage = { v: PROTOCOL_VERSION, type: "run", jobId: job.id, request: job.request };
    try {
      slot.worker.postMessage(message);
    } catch (err) {
      // The request could not be cloned: the worker never saw it.
      slot.busyWith = null;
      slot.job = null;
      this.settle(job, { error: err });
      return;
    }
    this.armSilence(slot);
    slot.deadline = setTimeout(() => this.timeout(slot, "deadline", this.options.jobTimeoutMs), this.options.jobTimeoutMs);
  }

  private armSilence(slot: Slot): void {
    if (slot.silence !== null) clearTimeout(slot.silence);
    slot.silence = setTimeout(() => this.timeout(slot, "heartbeat", this.options.heartbeatTimeoutMs), this.options.heartbeatTimeoutMs);
  }

  private clearTimers(slot: Slot): void {
    for (const t of [slot.silence, slot.deadline, slot.grace]) if (t !== null) clearTimeout(t);
    slot.silence = slot.deadline = slot.grace = null;
  }

  private onMessage(slot: Slot, data: unknown): void {
    if (slot.retired) return;
    if (!isWorkerMessage(data)) {
      this.crash(slot, new WorkerCrashedError("The analysis worker sent a message this page does not understand (an outdated worker script?)"));
      return;
    }
    const message: WorkerMessage = data;
    if (slot.job !== null) this.armSilence(slot);
    switch (message.type) {
      case "ready":
      case "heartbeat":
        return;
      case "progress":
        if (slot.job?.id === message.jobId && slot.job.onProgress) {
          try {
            slot.job.onProgress(Math.min(1, Math.max(0, message.fraction)));
          } catch {
            /* a failing progress callback must not stop the job */
          }
        }
        return;
      case "result":
      case "error": {
        // An error without a job id answers a message the worker could not read: our run.
        const jobId = message.jobId ?? slot.busyWith;
        if (jobId === null || jobId !== slot.busyWith) return;
        const job = slot.job;
        this.clearTimers(slot);
        slot.busyWith = null;
        slot.job = null;
        if (job) this.settle(job, message.type === "result" ? { value: message.result } : rehydrateError(message.error));
        this.pump();
        return;
      }
    }
  }

  private timeout(slot: Slot, reason: WorkerTimeoutReason, ms: number): void {
    this.crash(slot, new WorkerTimeoutError(reason, ms));
  }

  /** Fails the worker's job (if any), then terminates and forgets the worker. */
  private crash(slot: Slot, err: Error): void {
    if (slot.retired) return;
    const job = slot.job;
    slot.job = null;
    this.retire(slot);
    if (job) this.settle(job, err);
    this.pump();
  }

  private retire(slot: Slot): void {
    if (slot.retired) return;
    slot.retired = true;
    this.clearTimers(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    try {
      slot.worker.terminate();
    } catch {
      /* already gone */
    }
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, abortError());
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (!slot) return;
    slot.job = null;
    this.settle(job, abortError());
    this.clearTimers(slot);
    try {
      slot.worker.postMessage({ v: PROTOCOL_VERSION, type: "cancel", jobId: job.id });
    } catch {
      this.retire(slot);
      this.pump();
      return;
    }
    slot.grace = setTimeout(() => {
      this.retire(slot);
      this.pump();
    }, this.options.cancelGraceMs);
  }
}
