import { NextResponse, type NextRequest } from "next/server";
import { createPipelineConfig } from "@/lib/edge/config";
import { emitDecisionLog } from "@/lib/edge/decision-log";
import { runPipeline } from "@/lib/edge/pipeline";

// Created once per process: breaker, token-bucket and session-cache state live on this object.
const pipelineConfig = createPipelineConfig();

/** Edge entry: runs the lib/edge pipeline (trace → WAF → auth → rate limit → body schema). */
export async function middleware(req: NextRequest) {
  const result = await runPipeline(req, pipelineConfig);
  emitDecisionLog(result.log);
  if (result.response) return result.response;
  const res = NextResponse.next({ request: { headers: result.requestHeaders } });
  result.responseHeaders.forEach((value, name) => res.headers.set(name, value));
  return res;
}

export const config = {
  matcher: [
    {
      // Static build assets and the compiled WASM kernels (public/wasm, fetched by analysis
      // workers) are served as-is.
      source: "/((?!_next/static|_next/image|favicon.ico|wasm/).*)",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    {
      // Multipart requests pass the edge too (sign-in and sign-up forms post as multipart), except
      // dataset uploads to /api/datasets: Next.js buffers in memory every request body it hands to
      // middleware (and truncates it past `proxyClientMaxBodySize`), which would defeat streaming a
      // 500 MB upload to disk. That route authenticates, bounds and inspects its form fields
      // itself (lib/services/datasets/create-dataset.ts) and trusts no x-user-* header.
      source: "/((?!_next/static|_next/image|favicon.ico|wasm/|api/datasets/?$).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
