/**
 * In-process stand-ins for analysis workers, for Node tests of the pool: messages are
 * structured-cloned (with transfers) and delivered asynchronously in both directions, and stop
 * once the worker is terminated, as with a real one.
 */
import type { KernelProvider } from "@/lib/kernels/runtime";
import type { WorkerEventLike, WorkerLike } from "./pool";
import type { PageMessage, WorkerMessage } from "./protocol";
import { startWorkerHost, type WorkerHostOptions, type WorkerScope } from "./worker-host";

type Listener = (event: WorkerEventLike) => void;

/** A worker whose behaviour is a function of the messages it receives. */
export class FakeWorker implements WorkerLike {
  terminated = false;
  readonly received: PageMessage[] = [];
  private readonly listeners: { type: string; listener: Listener }[] = [];

  constructor(private readonly onMessage: (message: PageMessage, worker: FakeWorker) => void = () => {}) {}

  postMessage(message: PageMessage): void {
    if (this.terminated) return;
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(() => {
      if (!this.terminated) this.onMessage(copy, this);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: "message" | "messageerror" | "error", listener: Listener): void {
    this.listeners.push({ type, listener });
  }

  /** Delivers an event to the page side (dropped after terminate). */
  emit(type: "message" | "messageerror" | "error", event: WorkerEventLike): void {
    setTimeout(() => {
      if (this.terminated) return;
      for (const l of this.listeners) if (l.type === type) l.listener(event);
    }, 0);
  }

  /** Posts a protocol message to the page. */
  send(message: WorkerMessage, transfer: Transferable[] = []): void {
    this.emit("message", { data: structuredClone(message, { transfer }) });
  }
}

/** A fake worker running the real worker host (and so `runRequest`) in this thread. */
export function inProcessWorker(kernels: KernelProvider, options: WorkerHostOptions = {}): FakeWorker {
  let deliver: ((event: { data: unknown }) => void) | null = null;
  const worker = new FakeWorker((message) => deliver?.({ data: message }));
  const scope: WorkerScope = {
    postMessage: (message, transfer) => worker.send(message, transfer),
    addEventListener: (type, listener) => {
      if (type === "message") deliver = listener;
    },
  };
  startWorkerHost(scope, kernels, options);
  return worker;
}
