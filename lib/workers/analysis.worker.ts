/**
 * Entry of the analysis module worker, loaded by the pool with
 * `new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" })`.
 */
import { browserKernelProvider } from "./browser-kernels";
import { startWorkerHost, type WorkerScope } from "./worker-host";

startWorkerHost(self as unknown as WorkerScope, browserKernelProvider());
