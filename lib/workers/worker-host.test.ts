import { describe, expect, it } from "vitest";
import type { AnalysisRequest, OpContext } from "@/lib/analysis/contract";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import type { WorkerMessage } from "./protocol";
import { startWorkerHost, type WorkerHostOptions } from "./worker-host";

const kernels = nodeKernelProvider();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const request: AnalysisRequest = { op: "revcomp", input: { kind: "text", text: ">s\nAACG\n" } };

/** A host on a fake scope; returns what it posted and a way to send it messages. */
function host(options: WorkerHostOptions = {}) {
  const posted: { message: WorkerMessage; transfer: Transferable[] | undefined }[] = [];
  const listeners = new Map<string, (event: { data: unknown }) => void>();
  startWorkerHost(
    {
      postMessage: (message, transfer) => posted.push({ message, transfer }),
      addEventListener: (type, l) => {
        listeners.set(type, l);
      },
    },
    kernels,
    options,
  );
  const send = (data: unknown) => listeners.get("message")!({ data });
  const unreadable = () => listeners.get("messageerror")!({ data: null });
  const messages = () => posted.map((p) => p.message);
  const settled = async (jobId: number) => {
    for (let i = 0; i < 200; i++) {
      const done = messages().find((m) => (m.type === "result" || m.type === "error") && m.jobId === jobId);
      if (done) return done;
      await sleep(5);
    }
    throw new Error(`job ${jobId} did not finish`);
  };
  return { posted, send, unreadable, messages, settled };
}

describe("worker host", () => {
  it("announces itself and answers a run with the result", async () => {
    const h = host();
    expect(h.messages()).toEqual([{ v: 1, type: "ready" }]);
    h.send({ v: 1, type: "run", jobId: 1, request });
    const done = await h.settled(1);
    expect(done).toMatchObject({ type: "result", jobId: 1, result: [{ id: "s", sequence: "CGTT" }] });
  });

  it("answers unknown, malformed and other-version messages with an error instead of crashing", async () => {
    const h = host();
    h.send({ v: 2, type: "run", jobId: 4, request });
    h.send({ v: 1, type: "reboot" });
    h.send("hello");
    h.send({ v: 1, type: "run", jobId: 5, request: { op: "revcomp" } });
    h.unreadable();
    const errors = h.messages().filter((m) => m.type === "error");
    expect(errors).toEqual([
      { v: 1, type: "error", jobId: 4, error: { kind: "error", name: "Error", message: "Analysis worker: unsupported protocol version 2 (expected 1)" } },
      { v: 1, type: "error", jobId: null, error: { kind: "error", name: "Error", message: 'Analysis worker: unknown message type "reboot"' } },
      { v: 1, type: "error", jobId: null, error: { kind: "error", name: "Error", message: "Analysis worker: message is not an object" } },
      { v: 1, type: "error", jobId: 5, error: { kind: "error", name: "Error", message: "Analysis worker: invalid request: revcomp needs an input (text or file)" } },
      { v: 1, type: "error", jobId: null, error: { kind: "error", name: "Error", message: "Analysis worker: a message from the page could not be read" } },
    ]);
    h.send({ v: 1, type: "run", jobId: 6, request });
    expect(await h.settled(6)).toMatchObject({ type: "result" });
  });

  it("serializes a parse error with its line", async () => {
    const h = host();
    h.send({ v: 1, type: "run", jobId: 2, request: { op: "revcomp", input: { kind: "text", text: ">x\nACGT\nAC#GT\n" } } });
    expect(await h.settled(2)).toMatchObject({ type: "error", error: { kind: "bio-parse", error: { format: "fasta", code: "invalid_sequence_char", line: 3, column: 3 } } });
  });

  it("aborts a job on cancel and reports the cancellation", async () => {
    let seen: AbortSignal | undefined;
    const run = (_r: AnalysisRequest, _k: unknown, ctx: OpContext) =>
      new Promise<never>((_resolve, reject) => {
        seen = ctx.signal;
        ctx.signal!.addEventListener("abort", () => reject(new Error("stopped between chunks")));
      });
    const h = host({ run });
    h.send({ v: 1, type: "run", jobId: 3, request });
    await sleep(5);
    h.send({ v: 1, type: "cancel", jobId: 3 });
    h.send({ v: 1, type: "cancel", jobId: 99 });
    expect(await h.settled(3)).toMatchObject({ type: "error", error: { kind: "abort" } });
    expect(seen!.aborted).toBe(true);
  });

  it("throttles progress, sends heartbeats while busy and transfers typed arrays", async () => {
    const forward = new Uint32Array(128 * 128);
    const run = async (_r: AnalysisRequest, _k: unknown, ctx: OpContext) => {
      for (let i = 1; i <= 5; i++) ctx.onProgress!(i / 5);
      await sleep(60);
      ctx.onProgress!(2);
      return { lengthA: 200, lengthB: 200, size: 128, forward, reverse: new Uint32Array(128 * 128) };
    };
    const h = host({ run, heartbeatIntervalMs: 10, progressIntervalMs: 50 });
    h.send({ v: 1, type: "run", jobId: 7, request });
    await h.settled(7);
    const progress = h.messages().filter((m) => m.type === "progress");
    expect(progress).toEqual([
      { v: 1, type: "progress", jobId: 7, fraction: 0.2 },
      { v: 1, type: "progress", jobId: 7, fraction: 1 },
    ]);
    expect(h.messages().filter((m) => m.type === "heartbeat").length).toBeGreaterThan(1);
    const result = h.posted.find((p) => p.message.type === "result")!;
    expect(result.transfer).toContain(forward.buffer);
    // No heartbeats once idle.
    const count = h.posted.length;
    await sleep(40);
    expect(h.posted.length).toBe(count);
  });
});
