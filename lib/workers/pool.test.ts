import { afterEach, describe, expect, it } from "vitest";
import type { AnalysisRecord, AnalysisRequest, OpContext } from "@/lib/analysis/contract";
import { BioParseError } from "@/lib/bio/parse-error";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { PoolDisposedError, QueueFullError, WorkerCrashedError, WorkerTimeoutError } from "./errors";
import { runRequest } from "./dispatch";
import { defaultPoolSize, WorkerPool, type PoolOptions, type WorkerLike } from "./pool";
import { FakeWorker, inProcessWorker } from "./test-workers";
import type { WorkerHostOptions } from "./worker-host";

const kernels = nodeKernelProvider();
const revcomp = (sequence: string) => ({ op: "revcomp" as const, input: { kind: "text" as const, text: `>s\n${sequence}\n` } });
const sequenceOf = (records: AnalysisRecord[]) => records[0]!.sequence;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the signal aborts, rejecting with its reason; or after `ms`. */
function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** A slow operation that honours cancellation and reports progress. */
const slowRun = (ms: number) => async (_req: AnalysisRequest, _k: unknown, ctx: OpContext) => {
  ctx.onProgress?.(0.5);
  await waitOrAbort(ms, ctx.signal);
  return [];
};

const pools: WorkerPool[] = [];
function pool(options: Partial<PoolOptions> & Pick<PoolOptions, "createWorker">): WorkerPool {
  const p = new WorkerPool({ heartbeatTimeoutMs: 1000, cancelGraceMs: 1000, ...options });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

/** A factory that records the workers it made. */
function factory(make: (index: number) => WorkerLike) {
  const made: WorkerLike[] = [];
  return {
    made,
    createWorker: () => {
      const w = make(made.length);
      made.push(w);
      return w;
    },
  };
}
const real = (options: WorkerHostOptions = {}) => () => inProcessWorker(kernels, { heartbeatIntervalMs: 10, ...options });
const silent = () => new FakeWorker();

describe("WorkerPool", () => {
  it("runs jobs on workers created lazily and reused", async () => {
    const f = factory(real());
    const p = pool({ createWorker: f.createWorker, size: 2 });
    expect(f.made).toHaveLength(0);
    const results = await Promise.all(["AACG", "TTTA", "GGGC", "ACGT", "NNAT"].map((s) => p.run(revcomp(s))));
    expect(results.map(sequenceOf)).toEqual(["CGTT", "TAAA", "GCCC", "ACGT", "ATNN"]);
    expect(f.made).toHaveLength(2);
    expect(await p.run(revcomp("A")).then(sequenceOf)).toBe("T");
    expect(f.made).toHaveLength(2);
  });

  it("sizes itself to the machine: threads − 1, between 1 and 4", () => {
    expect(defaultPoolSize(8)).toBe(4);
    expect(defaultPoolSize(4)).toBe(3);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(undefined)).toBe(1);
  });

  it("refuses jobs beyond the queue bound", async () => {
    const p = pool({ createWorker: silent, size: 1, maxQueued: 2 });
    const running = p.run(revcomp("A"));
    const queued = [p.run(revcomp("C")), p.run(revcomp("G"))];
    await expect(p.run(revcomp("T"))).rejects.toThrow(QueueFullError);
    await expect(p.run(revcomp("T"))).rejects.toThrow("Too many analyses queued (at most 2)");
    expect(p.queuedCount).toBe(2);
    p.dispose();
    for (const job of [running, ...queued]) await expect(job).rejects.toThrow(PoolDisposedError);
  });

  it("forwards progress", async () => {
    const seen: number[] = [];
    const p = pool({ createWorker: real({ run: slowRun(20), progressIntervalMs: 0 }), size: 1 });
    await p.run(revcomp("A"), { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.5]);
  });

  it("delivers typed arrays in results intact (transferred, not copied, by the worker)", async () => {
    let sent: Uint32Array | null = null;
    const run = async () => {
      sent = new Uint32Array(100 * 100).map((_, i) => i);
      return { lengthA: 100, lengthB: 100, size: 100, forward: sent, reverse: new Uint32Array(100 * 100) };
    };
    const p = pool({ createWorker: real({ run }), size: 1 });
    const plot = await p.run({ op: "dotplot", a: { kind: "text", text: ">a\nA\n" }, b: { kind: "text", text: ">b\nA\n" }, params: { k: 1, size: 100 } });
    expect(plot.forward).toBeInstanceOf(Uint32Array);
    expect(plot.forward[9999]).toBe(9999);
    expect(sent!.length).toBe(0); // detached on the worker side
  });

  it("rehydrates a parse error from the worker as BioParseError", async () => {
    const p = pool({ createWorker: real(), size: 1 });
    const err = await p.run({ op: "revcomp", input: { kind: "text", text: "@r\nACGT\n+\nII\n" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BioParseError);
    expect(err).toMatchObject({ format: "fastq", line: 4 });
  });

  it("cancels a running job promptly and keeps the worker when it confirms", async () => {
    let calls = 0;
    const run: WorkerHostOptions["run"] = (req, k, ctx) => (calls++ === 0 ? slowRun(5000)(req, k, ctx) : runRequest(req, k, ctx));
    const f = factory(real({ run }));
    const p = pool({ createWorker: f.createWorker, size: 1 });
    const controller = new AbortController();
    const job = p.run(revcomp("A"), { signal: controller.signal });
    await sleep(20);
    const started = Date.now();
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(100);
    expect((f.made[0] as FakeWorker).received.map((m) => m.type)).toEqual(["run", "cancel"]);
    // The worker answered the cancel; it is reused for the next job.
    const next = p.run(revcomp("A"));
    await sleep(30);
    expect((f.made[0] as FakeWorker).terminated).toBe(false);
    expect(await next.then(sequenceOf)).toBe("T");
    expect(f.made).toHaveLength(1);
  });

  it("replaces a worker that does not confirm a cancel within the grace period", async () => {
    const f = factory((i) => (i === 0 ? silent() : real()()));
    const p = pool({ createWorker: f.createWorker, size: 1, cancelGraceMs: 40 });
    const controller = new AbortController();
    const job = p.run(revcomp("A"), { signal: controller.signal });
    const next = p.run(revcomp("AC"));
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
    expect((f.made[0] as FakeWorker).terminated).toBe(false);
    expect(await next.then(sequenceOf)).toBe("GT");
    expect((f.made[0] as FakeWorker).terminated).toBe(true);
    expect(f.made).toHaveLength(2);
  });

  it("rejects at once when the signal is already aborted, and drops a cancelled queued job", async () => {
    const f = factory(silent);
    const p = pool({ createWorker: f.createWorker, size: 1 });
    const controller = new AbortController();
    controller.abort();
    await expect(p.run(revcomp("A"), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(f.made).toHaveLength(0);
    void p.run(revcomp("A")).catch(() => {});
    const second = new AbortController();
    const queued = p.run(revcomp("C"), { signal: second.signal });
    second.abort();
    await expect(queued).rejects.toMatchObject({ name: "AbortError" });
    expect(p.queuedCount).toBe(0);
  });

  it("times out a worker that stops showing signs of life; the next job runs on a fresh worker", async () => {
    const f = factory((i) => (i === 0 ? silent() : real()()));
    const p = pool({ createWorker: f.createWorker, size: 1, heartbeatTimeoutMs: 50 });
    const hung = p.run(revcomp("A"));
    const next = p.run(revcomp("GG"));
    const err = await hung.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerTimeoutError);
    expect(err).toMatchObject({ reason: "heartbeat", timeoutMs: 50 });
    expect((f.made[0] as FakeWorker).terminated).toBe(true);
    expect(await next.then(sequenceOf)).toBe("CC");
    expect(f.made).toHaveLength(2);
  });

  it("keeps a long job alive while the worker sends heartbeats", async () => {
    const p = pool({ createWorker: real({ run: slowRun(400), heartbeatIntervalMs: 10 }), size: 1, heartbeatTimeoutMs: 150 });
    await expect(p.run(revcomp("A"))).resolves.toEqual([]);
  });

  it("stops a job that overruns its hard time limit", async () => {
    const p = pool({ createWorker: real({ run: slowRun(5000), heartbeatIntervalMs: 10 }), size: 1, jobTimeoutMs: 120 });
    await expect(p.run(revcomp("A"))).rejects.toMatchObject({ name: "WorkerTimeoutError", reason: "deadline" });
  });

  it("fails only the crashed worker's job and replaces the worker", async () => {
    const crashing = () => new FakeWorker((message, w) => message.type === "run" && w.emit("error", { message: "RangeError: out of memory" }));
    const f = factory((i) => (i === 0 ? crashing() : real({ run: slowRun(40) })()));
    const p = pool({ createWorker: f.createWorker, size: 2 });
    const [crashed, other] = [p.run(revcomp("A")), p.run(revcomp("C"))];
    await expect(crashed).rejects.toThrow(new WorkerCrashedError("The analysis worker crashed: RangeError: out of memory"));
    await expect(other).resolves.toEqual([]);
    expect((f.made[0] as FakeWorker).terminated).toBe(true);
    await expect(p.run(revcomp("A"))).resolves.toEqual([]);
    expect(f.made.length).toBeGreaterThanOrEqual(2);
    expect(p.workerCount).toBeLessThanOrEqual(2);
  });

  it("treats a malformed or unreadable message as a crash", async () => {
    const garbling = () => new FakeWorker((_m, w) => w.send({ v: 99, type: "result" } as never));
    await expect(pool({ createWorker: garbling, size: 1 }).run(revcomp("A"))).rejects.toThrow(WorkerCrashedError);
    const unreadable = () => new FakeWorker((_m, w) => w.emit("messageerror", {}));
    await expect(pool({ createWorker: unreadable, size: 1 }).run(revcomp("A"))).rejects.toThrow("A message from the analysis worker could not be read");
  });

  it("fails a request that cannot be sent to a worker, and keeps going", async () => {
    const p = pool({ createWorker: real(), size: 1 });
    const uncloneable = { op: "kmers" as const, input: { kind: "text" as const, text: ">a\nACGT\n" }, params: { k: 2, canonical: false, top: (() => 3) as unknown as number } };
    await expect(p.run(uncloneable)).rejects.toMatchObject({ name: "DataCloneError" });
    expect(await p.run(revcomp("AC")).then(sequenceOf)).toBe("GT");
  });

  it("fails the running job when the worker could not read its message, and keeps the worker", async () => {
    const refusing = () =>
      new FakeWorker((_m, w) => w.send({ v: 1, type: "error", jobId: null, error: { kind: "error", name: "Error", message: "Analysis worker: unsupported protocol version 1 (expected 2)" } }));
    const f = factory(refusing);
    const p = pool({ createWorker: f.createWorker, size: 1 });
    await expect(p.run(revcomp("A"))).rejects.toThrow("Analysis worker: unsupported protocol version 1 (expected 2)");
    await expect(p.run(revcomp("A"))).rejects.toThrow(/unsupported protocol version/);
    expect(f.made).toHaveLength(1);
  });

  it("fails a job whose worker cannot be started", async () => {
    const p = pool({
      createWorker: () => {
        throw new Error("blocked by policy");
      },
      size: 1,
    });
    await expect(p.run(revcomp("A"))).rejects.toThrow("The analysis worker could not be started: blocked by policy");
  });

  it("rejects pending jobs on dispose, terminates the workers and refuses new jobs", async () => {
    const f = factory(silent);
    const p = pool({ createWorker: f.createWorker, size: 2 });
    const jobs = [p.run(revcomp("A")), p.run(revcomp("C")), p.run(revcomp("G"))];
    p.dispose();
    for (const job of jobs) await expect(job).rejects.toThrow(PoolDisposedError);
    expect(f.made.every((w) => (w as FakeWorker).terminated)).toBe(true);
    await expect(p.run(revcomp("A"))).rejects.toThrow(PoolDisposedError);
  });
});
