import { readBodyPrefix } from "../body-prefix";
import { LruMap } from "../lru";
import { methodMatches, pathMatches, problemBlock, type EdgeContext, type RateLimitClass, type RateLimitConfig, type StageDecision } from "../config";

/**
 * Rate-limit stage: token buckets per (route class, client key), kept in a bounded LRU so memory
 * does not grow with the number of clients. Sign-in and sign-up also take a token from a bucket
 * per account named in the body (`perAccount`), so guessing spread over many addresses is slowed. Local to each edge process (DESIGN.md "Scale": exact
 * per-API-key quotas live in PostgreSQL, kept by the API layer).
 *
 * Headers follow draft-ietf-httpapi-ratelimit-headers (structured-field form, draft-09 and later):
 * `RateLimit-Policy: "write";q=120;w=60` and `RateLimit: "write";r=119;t=1`, where `q` is the quota
 * (bucket size), `w` the window in seconds over which it refills, `r` the tokens left and `t` the
 * seconds until the bucket is full again — or, when `r=0`, until the next token (= `Retry-After`).
 */

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export interface TakeResult {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  fullInSec: number;
  /** Seconds until one token is available (0 when allowed). */
  retryAfterSec: number;
}

/** A configured limit times `CYANEA_RATE_LIMIT_SCALE`, at least one token. */
export function scaledQuota(limit: number, scale: number): number {
  return Math.max(1, Math.floor(limit * scale));
}

/** Token-bucket table: `limit` tokens refill evenly over `windowSec`; one request costs one token. */
export class TokenBucketLimiter {
  readonly buckets: LruMap<string, Bucket>;

  constructor(maxBuckets: number) {
    this.buckets = new LruMap(maxBuckets);
  }

  take(key: string, limit: number, windowSec: number, nowMs: number): TakeResult {
    const capacity = Math.max(1, limit);
    const perMs = capacity / (windowSec * 1000);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedMs: nowMs };
      this.buckets.set(key, bucket);
    } else {
      const elapsed = Math.max(0, nowMs - bucket.updatedMs);
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * perMs);
      bucket.updatedMs = nowMs;
    }
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const remaining = Math.floor(bucket.tokens);
    const fullInSec = Math.ceil((capacity - bucket.tokens) / perMs / 1000);
    const retryAfterSec = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    return { allowed, remaining, fullInSec, retryAfterSec };
  }

  /** Seconds until `key`'s bucket has a token (0 when it has one now), without taking one. */
  waitSec(key: string, limit: number, windowSec: number, nowMs: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const capacity = Math.max(1, limit);
    const perMs = capacity / (windowSec * 1000);
    const tokens = Math.min(capacity, bucket.tokens + Math.max(0, nowMs - bucket.updatedMs) * perMs);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }
}

const IP_LIKE = /^[0-9A-Fa-f:.]{2,45}$/;

function cleanIp(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let v = raw.trim();
  if (v.startsWith("[")) v = v.slice(1, v.indexOf("]") > 0 ? v.indexOf("]") : undefined); // [v6]:port
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":")); // v4:port
  return IP_LIKE.test(v) ? v.toLowerCase() : null;
}

/**
 * Client address: from `x-forwarded-for` only when `trustedProxyHops` > 0 (the N-th entry from the
 * right is the one our outermost trusted proxy saw), else from the configured socket-address header,
 * else "unknown". A client-supplied `x-forwarded-for` is ignored when no proxy is trusted.
 */
export function resolveClientIp(headers: Headers, config: RateLimitConfig): string {
  if (config.trustedProxyHops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const ip = cleanIp(entries[Math.max(0, entries.length - config.trustedProxyHops)]);
    if (ip) return ip;
  }
  if (config.clientIpHeader) {
    const ip = cleanIp(headers.get(config.clientIpHeader)?.split(",")[0]);
    if (ip) return ip;
  }
  return "unknown";
}

/** First rule matching the request → its class; null when the request is not limited. */
export function routeClass(config: RateLimitConfig, method: string, path: string): RateLimitClass | null {
  const rule = config.rules.find((r) => methodMatches(r.method, method) && pathMatches(r.path, path));
  return rule ? (config.classes.find((c) => c.name === rule.class) ?? null) : null;
}

const SLOT = "rateLimit.buckets";

function limiterOf(ctx: EdgeContext): TokenBucketLimiter {
  let limiter = ctx.state.slots.get(SLOT) as TokenBucketLimiter | undefined;
  if (!limiter) {
    limiter = new TokenBucketLimiter(ctx.config.rateLimit.maxBuckets);
    ctx.state.slots.set(SLOT, limiter);
  }
  return limiter;
}

/** `"name";q=…;w=…` / `"name";r=…;t=…` (structured-field string item with parameters). */
export function rateLimitHeaders(cls: Pick<RateLimitClass, "name" | "windowSec">, quota: number, result: TakeResult): Record<string, string> {
  const t = result.remaining > 0 ? result.fullInSec : Math.max(result.retryAfterSec, 1);
  return {
    "ratelimit-policy": `"${cls.name}";q=${quota};w=${cls.windowSec}`,
    ratelimit: `"${cls.name}";r=${result.remaining};t=${t}`,
  };
}

/** Sign-in and sign-up bodies are small; the account field is looked for in this prefix only. */
const ACCOUNT_BODY_BYTES = 8 * 1024;
const MAX_ACCOUNT_LENGTH = 320;

/**
 * The account a sign-in or sign-up request names (`field` of a form or JSON body), lower-cased;
 * null when absent. Kept only as a bucket key in memory, never logged.
 */
export async function accountOf(req: Request, field: string): Promise<string | null> {
  if (!req.body) return null;
  const contentType = (req.headers.get("content-type") ?? "").toLowerCase();
  const text = await readBodyPrefix(req, ACCOUNT_BODY_BYTES);
  let value: unknown = null;
  if (contentType.startsWith("application/x-www-form-urlencoded")) value = new URLSearchParams(text).get(field);
  else if (contentType.startsWith("application/json")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object") value = (parsed as Record<string, unknown>)[field];
    } catch {
      return null; // the body-schema stage answers malformed JSON
    }
  }
  if (typeof value !== "string") return null;
  const account = value.trim().toLowerCase();
  return account.length > 0 && account.length <= MAX_ACCOUNT_LENGTH ? account : null;
}

async function accountDecision(req: Request, ctx: EdgeContext, cls: RateLimitClass, ipHeaders: Record<string, string>): Promise<StageDecision> {
  const perAccount = cls.perAccount!;
  const account = await accountOf(req, perAccount.field);
  if (account === null) return { kind: "mutate", responseHeaders: ipHeaders };
  const name = `${cls.name}-account`;
  const quota = scaledQuota(perAccount.limit, ctx.config.rateLimit.scale);
  const result = limiterOf(ctx).take(`${name}|acct:${account}`, quota, perAccount.windowSec, ctx.now());
  if (result.allowed) return { kind: "mutate", responseHeaders: ipHeaders };
  const headers = rateLimitHeaders({ name, windowSec: perAccount.windowSec }, quota, result);
  return problemBlock(429, "rate_limited", "Too many requests", `Too many attempts for this account; retry in ${result.retryAfterSec} s.`, `rate_limited:${name}`, {
    headers: { ...headers, "retry-after": String(result.retryAfterSec) },
  });
}

export async function rateLimitStage(req: Request, ctx: EdgeContext): Promise<StageDecision> {
  const config = ctx.config.rateLimit;
  const ip = resolveClientIp(req.headers, config);
  ctx.clientIp = ip;
  const clientKey = ctx.identity.userId ? `user:${ctx.identity.userId}` : ctx.identity.apiKeyPrefix ? `key:${ctx.identity.apiKeyPrefix}` : `ip:${ip}`;
  const cls = routeClass(config, ctx.method, ctx.url.pathname);
  const key = cls?.keyBy === "ip" ? `ip:${ip}` : clientKey;
  ctx.clientKey = key;
  if (!cls) return { kind: "allow" };
  ctx.rateLimitClass = cls.name;
  const quota = scaledQuota(cls.limit, config.scale);
  const result = limiterOf(ctx).take(`${cls.name}|${key}`, quota, cls.windowSec, ctx.now());
  const headers = rateLimitHeaders(cls, quota, result);
  if (result.allowed) return cls.perAccount ? accountDecision(req, ctx, cls, headers) : { kind: "mutate", responseHeaders: headers };
  return problemBlock(429, "rate_limited", "Too many requests", `Rate limit of class "${cls.name}" exceeded; retry in ${result.retryAfterSec} s.`, `rate_limited:${cls.name}`, {
    headers: { ...headers, "retry-after": String(result.retryAfterSec) },
  });
}
