import { AppError } from "@/lib/errors/app-error";

/**
 * The middleware matcher lets multipart requests to /api/datasets stream past the edge so that
 * uploads are never buffered; only POST may use that door. Any other method with a multipart
 * content type is refused before route code reads anything, so it cannot skip the WAF and the
 * rate limiter.
 */
export function assertNoMultipartBody(req: Request): void {
  if (/^\s*multipart\//i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", `${req.method} ${new URL(req.url).pathname} takes no multipart body; upload with POST.`);
  }
}
