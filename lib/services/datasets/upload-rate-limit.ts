import { createPipelineConfig, type RateLimitConfig } from "@/lib/edge/config";
import { rateLimitHeaders, resolveClientIp, routeClass, scaledQuota, TokenBucketLimiter } from "@/lib/edge/stages/rate-limit";
import { AppError } from "@/lib/errors/app-error";
import type { ServiceContext } from "../context";

/**
 * Rate limit for dataset uploads. Uploads stream past the edge (middleware matcher), so the route
 * takes the token the edge's rate-limit stage would have: same configuration (route class of
 * `POST /api/datasets`, `CYANEA_RATE_LIMIT_SCALE`), same key (the caller's user id, else the client
 * address), a bounded bucket table of its own. Over the limit → 429 with `Retry-After` and the
 * RateLimit headers, before a byte of the body is read.
 */
export class UploadRateLimiter {
  private readonly limiter: TokenBucketLimiter;

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.limiter = new TokenBucketLimiter(config.maxBuckets);
  }

  /** Takes one token for this upload; throws a 429 AppError when the bucket is empty. */
  take(ctx: Pick<ServiceContext, "principal">, req: Request): Record<string, string> {
    const cls = routeClass(this.config, "POST", "/api/datasets");
    if (!cls) return {};
    const key = ctx.principal.kind === "user" && cls.keyBy !== "ip" ? `user:${ctx.principal.userId}` : `ip:${resolveClientIp(req.headers, this.config)}`;
    const quota = scaledQuota(cls.limit, this.config.scale);
    const result = this.limiter.take(`${cls.name}|${key}`, quota, cls.windowSec, this.now());
    const headers = rateLimitHeaders(cls, quota, result);
    if (result.allowed) return headers;
    throw new AppError("rate_limited", `Rate limit of class "${cls.name}" exceeded; retry in ${result.retryAfterSec} s.`, {
      headers: { ...headers, "retry-after": String(result.retryAfterSec) },
    });
  }
}

let shared: UploadRateLimiter | null = null;

/** The process's upload limiter, configured from the environment like the edge. */
export function uploadRateLimiter(): UploadRateLimiter {
  shared ??= new UploadRateLimiter(createPipelineConfig().rateLimit);
  return shared;
}
