import { createPipelineConfig, type RateLimitConfig } from "@/lib/edge/config";
import { TokenBucketLimiter, resolveClientIp, scaledQuota } from "@/lib/edge/stages/rate-limit";

/**
 * Sign-in and sign-up through the app's forms run as server actions: multipart POSTs that the
 * middleware does not see (its matcher leaves multipart bodies to the routes). This applies the
 * edge's "signin" class to them — per client address and per account, with the same limits and
 * `CYANEA_RATE_LIMIT_SCALE` — in the app server process.
 */
export interface SignInThrottle {
  /** Takes a token for this attempt; returns the seconds to wait when refused, else null. */
  check(headers: Headers, account: string, nowMs?: number): number | null;
}

export function createSignInThrottle(config: RateLimitConfig): SignInThrottle {
  const limiter = new TokenBucketLimiter(config.maxBuckets);
  const cls = config.classes.find((c) => c.name === "signin");
  return {
    check(headers, account, nowMs = Date.now()) {
      if (!cls) return null;
      const ip = resolveClientIp(headers, config);
      const name = account.trim().toLowerCase();
      const perAccount = cls.perAccount && name && name.length <= 320 ? cls.perAccount : null;
      const accountKey = `signin-account|acct:${name}`;
      const accountQuota = perAccount ? scaledQuota(perAccount.limit, config.scale) : 0;
      const perIp = limiter.take(`signin|ip:${ip}`, scaledQuota(cls.limit, config.scale), cls.windowSec, nowMs);
      // Refused by address: say the longer wait, so a locked account is not promised in a second.
      if (!perIp.allowed) return Math.max(perIp.retryAfterSec, perAccount ? limiter.waitSec(accountKey, accountQuota, perAccount.windowSec, nowMs) : 0);
      if (!perAccount) return null;
      const result = limiter.take(accountKey, accountQuota, perAccount.windowSec, nowMs);
      return result.allowed ? null : result.retryAfterSec;
    },
  };
}

let shared: SignInThrottle | undefined;

/** The app server's throttle (one per process, like the edge's buckets). */
export function signInThrottle(): SignInThrottle {
  return (shared ??= createSignInThrottle(createPipelineConfig().rateLimit));
}
