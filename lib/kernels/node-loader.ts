/**
 * Loads kernel modules in Node (CLI, tests, benchmarks) from wasm/build/<name>.wasm, compiled by
 * `node scripts/build-wasm.mjs` (run on install and by `npm test`). Compiled modules are cached.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { instantiateKernel, type KernelExports, type KernelInstance, type KernelName, type KernelProvider } from "./runtime";

const BUILD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "wasm", "build");
const modules = new Map<KernelName, Promise<WebAssembly.Module>>();

function compile(name: KernelName): Promise<WebAssembly.Module> {
  let pending = modules.get(name);
  if (!pending) {
    const file = path.join(BUILD_DIR, `${name}.wasm`);
    pending = fs.promises.readFile(file).then(
      (bytes) => WebAssembly.compile(bytes),
      (err: NodeJS.ErrnoException) => {
        modules.delete(name);
        if (err.code === "ENOENT") throw new Error(`WASM kernel "${name}" is not built (${file}); run: node scripts/build-wasm.mjs`);
        throw err;
      },
    );
    modules.set(name, pending);
  }
  return pending;
}

/** A fresh instance of a kernel (its own memory). */
export async function loadKernel<E extends KernelExports>(name: KernelName): Promise<KernelInstance<E>> {
  return instantiateKernel<E>(name, await compile(name));
}

/** A provider that instantiates each kernel once and hands the same instance out again. */
export function nodeKernelProvider(): KernelProvider {
  const instances = new Map<KernelName, Promise<KernelInstance>>();
  return <E extends KernelExports>(name: KernelName) => {
    let inst = instances.get(name);
    if (!inst) {
      inst = loadKernel(name);
      instances.set(name, inst);
    }
    return inst as Promise<KernelInstance<E>>;
  };
}
