/**
 * Host side of the AssemblyScript kernels (wasm/*.ts), shared by Web Workers, the CLI and tests.
 * Environment-agnostic: callers hand in the compiled module (from fetch in a worker, from disk in
 * Node — see ./node-loader). Every kernel module exports `memory`, `alloc(size)` and `reset()`;
 * one call = reset → alloc inputs → run → copy results out, so nothing leaks between calls.
 */

/** Names of the kernel modules built from wasm/<name>.ts. */
export const KERNEL_NAMES = ["revcomp", "seqstats", "translate", "orfs", "kmers", "align", "digest", "motif", "dotplot"] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

/** Exports every kernel module has. */
export interface KernelExports {
  memory: WebAssembly.Memory;
  alloc(size: number): number;
  reset(): void;
}

/**
 * Gives a kernel instance by name. Workers fetch `/wasm/<name>.wasm`, Node reads wasm/build/; a
 * provider may hand out the same instance again (wrappers `reset()` before each call).
 */
export type KernelProvider = <E extends KernelExports>(name: KernelName) => Promise<KernelInstance<E>>;

/** Thrown when a kernel aborts (an AssemblyScript `abort`, e.g. out of memory). */
export class KernelAbortError extends Error {
  constructor(kernel: string, message: string) {
    super(`${kernel} kernel aborted: ${message}`);
    this.name = "KernelAbortError";
  }
}

export interface KernelInstance<E extends KernelExports = KernelExports> {
  readonly name: KernelName;
  readonly exports: E;
  /** Copies bytes into fresh kernel memory; returns the pointer. */
  put(bytes: Uint8Array): number;
  /** A view of kernel memory (valid until the next alloc grows memory — copy what you keep). */
  view(ptr: number, length: number): Uint8Array;
  /** Copy of kernel memory. */
  copy(ptr: number, length: number): Uint8Array;
}

function readAsString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return "";
  // AssemblyScript strings: UTF-16 payload, byte length stored 4 bytes before the pointer.
  const bytes = new Uint32Array(memory.buffer, ptr - 4, 1)[0] ?? 0;
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, bytes >>> 1));
}

/** Instantiates a compiled kernel module. */
export async function instantiateKernel<E extends KernelExports>(name: KernelName, module: WebAssembly.Module): Promise<KernelInstance<E>> {
  // Set once the instance exists; abort() only runs after that.
  const state: { memory?: WebAssembly.Memory } = {};
  const imports = {
    env: {
      abort(msg: number, file: number, line: number, column: number): never {
        const m = state.memory;
        const text = m ? `${readAsString(m, msg)} (${readAsString(m, file)}:${line}:${column})` : "abort";
        throw new KernelAbortError(name, text);
      },
    },
  };
  const instance = await WebAssembly.instantiate(module, imports);
  const exports = instance.exports as unknown as E;
  state.memory = exports.memory;
  return {
    name,
    exports,
    put(bytes) {
      const ptr = exports.alloc(bytes.length);
      new Uint8Array(exports.memory.buffer, ptr, bytes.length).set(bytes);
      return ptr;
    },
    view(ptr, length) {
      return new Uint8Array(exports.memory.buffer, ptr, length);
    },
    copy(ptr, length) {
      return new Uint8Array(exports.memory.buffer, ptr, length).slice();
    },
  };
}
