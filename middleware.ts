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
  // Static build assets are served as-is; everything else passes the pipeline.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
