/**
 * Kernel loading inside a worker: `/wasm/<name>.wasm` compiled while it downloads (falling back
 * to compiling the whole buffer when the server does not say application/wasm), one instance
 * per kernel per provider, cached. A failed load is not cached, so a later job can retry.
 */
import { instantiateKernel, type KernelExports, type KernelInstance, type KernelName, type KernelProvider } from "@/lib/kernels/runtime";

export interface BrowserKernelOptions {
  /** URL prefix of the kernel files (default `/wasm/`). */
  baseUrl?: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: (url: string) => Promise<Response>;
}

/** Compiles a kernel from a fetch response, streaming when the content type allows it. */
export async function compileKernelResponse(response: Response): Promise<WebAssembly.Module> {
  const type = response.headers.get("content-type") ?? "";
  if (/^application\/wasm\b/i.test(type) && typeof WebAssembly.compileStreaming === "function") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** A provider that fetches, compiles and instantiates each kernel once. */
export function browserKernelProvider(options: BrowserKernelOptions = {}): KernelProvider {
  const baseUrl = options.baseUrl ?? "/wasm/";
  const doFetch = options.fetch ?? ((url: string) => fetch(url));
  const instances = new Map<KernelName, Promise<KernelInstance>>();

  const load = async (name: KernelName): Promise<KernelInstance> => {
    const url = `${baseUrl}${name}.wasm`;
    let response: Response;
    try {
      response = await doFetch(url);
    } catch (err) {
      throw new Error(`Could not download the ${name} kernel (${url}): ${(err as Error).message}`);
    }
    if (!response.ok) throw new Error(`Could not download the ${name} kernel (${url}): HTTP ${response.status}`);
    let compiled: WebAssembly.Module;
    try {
      compiled = await compileKernelResponse(response);
    } catch (err) {
      throw new Error(`Could not compile the ${name} kernel (${url}): ${(err as Error).message}`);
    }
    return instantiateKernel(name, compiled);
  };

  return <E extends KernelExports>(name: KernelName) => {
    let pending = instances.get(name);
    if (!pending) {
      pending = load(name);
      instances.set(name, pending);
      pending.catch(() => instances.delete(name));
    }
    return pending as Promise<KernelInstance<E>>;
  };
}
