import { NextResponse, type NextRequest } from "next/server";
import { sanitizeRequestHeaders } from "@/lib/edge/identity-headers";

/** Edge entry: composes lib/edge stages. Only identity-header hygiene and request ids so far. */
export function middleware(req: NextRequest) {
  const headers = sanitizeRequestHeaders(req.headers);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", headers.get("x-request-id")!);
  return res;
}

export const config = {
  matcher: [
    {
      // Static build assets are served as-is.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      // Multipart uploads bypass the edge: Next.js buffers in memory every request body it hands
      // to middleware (and truncates it past `proxyClientMaxBodySize`), which would defeat
      // streaming a 500 MB upload to disk. The upload route authenticates and bounds the body
      // itself, and strips nothing it trusts from the client (identity comes from the session
      // or API key, never from x-user-* headers).
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
