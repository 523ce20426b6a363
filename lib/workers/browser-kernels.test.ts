import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { revcompBytes, type RevcompExports } from "@/lib/kernels/revcomp";
import { browserKernelProvider } from "./browser-kernels";

const wasm = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "wasm", "build", "revcomp.wasm"));
const serve = (type: string) => vi.fn(async (_url: string) => new Response(new Uint8Array(wasm), { headers: { "content-type": type } }));

describe("browserKernelProvider", () => {
  it("compiles a kernel served as application/wasm, once per provider", async () => {
    const fetch = serve("application/wasm");
    const kernels = browserKernelProvider({ fetch });
    const k = await kernels<RevcompExports>("revcomp");
    expect(new TextDecoder().decode(revcompBytes(k, new TextEncoder().encode("AACG")))).toBe("CGTT");
    expect(await kernels("revcomp")).toBe(k);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/wasm/revcomp.wasm");
  });

  it("falls back to compiling the buffer when the content type is not application/wasm", async () => {
    const kernels = browserKernelProvider({ fetch: serve("application/octet-stream"), baseUrl: "/static/" });
    const k = await kernels<RevcompExports>("revcomp");
    expect(typeof k.exports.revcomp).toBe("function");
  });

  it("reports a failed download and retries on the next request", async () => {
    let calls = 0;
    const fetch = async () => (++calls === 1 ? new Response("missing", { status: 404 }) : new Response(new Uint8Array(wasm), { headers: { "content-type": "application/wasm" } }));
    const kernels = browserKernelProvider({ fetch });
    await expect(kernels("revcomp")).rejects.toThrow("Could not download the revcomp kernel (/wasm/revcomp.wasm): HTTP 404");
    await expect(kernels("revcomp")).resolves.toMatchObject({ name: "revcomp" });
  });

  it("reports a file that is not WebAssembly", async () => {
    const kernels = browserKernelProvider({ fetch: async () => new Response("<html>", { headers: { "content-type": "text/html" } }) });
    await expect(kernels("revcomp")).rejects.toThrow(/^Could not compile the revcomp kernel \(\/wasm\/revcomp.wasm\)/);
  });
});
