/**
 * The API the workbench uses to run analyses: typed requests in, typed results out, run in a
 * pool of module workers so the page never blocks.
 */
import type { AnalysisRequest, AnalysisResults } from "@/lib/analysis/contract";
import { WorkerPool, type PoolOptions, type WorkerLike } from "./pool";

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface AnalysisClient {
  run<R extends AnalysisRequest>(request: R, options?: RunOptions): Promise<AnalysisResults[R["op"]]>;
  dispose(): void;
}

/** A client over a worker pool (the browser singleton uses module workers; tests pass a fake factory). */
export function createAnalysisClient(options: PoolOptions): AnalysisClient {
  const pool = new WorkerPool(options);
  return {
    run: (request, runOptions) => pool.run(request, runOptions),
    dispose: () => pool.dispose(),
  };
}

function createModuleWorker(): WorkerLike {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
}

let singleton: AnalysisClient | null = null;

/** Browser singleton backed by the pool of module workers. */
export function getAnalysisClient(): AnalysisClient {
  if (singleton) return singleton;
  if (typeof Worker === "undefined") throw new Error("Analyses run in Web Workers, which are not available here");
  const pool = createAnalysisClient({ createWorker: createModuleWorker });
  const client: AnalysisClient = {
    run: (request, options) => pool.run(request, options),
    dispose: () => {
      // A disposed singleton is forgotten, so a remounted workbench gets a fresh pool.
      if (singleton === client) singleton = null;
      pool.dispose();
    },
  };
  singleton = client;
  return client;
}
