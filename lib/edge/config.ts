/**
 * The edge pipeline's one configuration: per-stage time budget, failure mode and circuit breaker,
 * plus each stage's own settings (auth areas, rate-limit classes, body-schema routes). Also the
 * stage contract (context and decision types), so stages and the pipeline share it without a cycle.
 *
 * Web APIs only: this file runs in the edge runtime and in plain Node (tests, benches).
 */
import { DEFAULT_WAF_CONFIG } from "./waf/config";
import type { WafConfig } from "./waf/types";

// ---------------------------------------------------------------------------------------------
// Stage contract
// ---------------------------------------------------------------------------------------------

/** RFC 9457 problem body as the edge renders it (same shape as the API's `ProblemDto`). */
export interface EdgeProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ pointer: string; detail: string }>;
}

export type StageDecision =
  | { kind: "allow" }
  | {
      kind: "block";
      status: number;
      /** Rendered as `application/problem+json`; omitted for redirects and HTML pages. */
      problem?: EdgeProblem;
      /** A small HTML page for browser navigations (e.g. 403 on /admin), used when there is no problem body. */
      html?: string;
      /** Extra response headers of the block (e.g. `location`, `retry-after`). */
      headers?: Record<string, string>;
      /** Short machine-readable reason for the decision log (never user input). */
      reason: string;
    }
  | {
      kind: "mutate";
      /** `null` deletes the header. */
      requestHeaders?: Record<string, string | null>;
      responseHeaders?: Record<string, string>;
    };

export type StageName = "trace" | "waf" | "auth" | "rateLimit" | "bodySchema";

/** Identity established by the auth stage, read by later stages (rate limit). */
export interface EdgeIdentity {
  /** From a verified session token. */
  userId: string | null;
  role: string | null;
  /** Public prefix of a well-formed API key (not yet checked for revocation). */
  apiKeyPrefix: string | null;
}

/** Mutable per-request state shared by the stages of one pipeline run. */
export interface EdgeContext {
  readonly config: PipelineConfig;
  readonly url: URL;
  readonly method: string;
  /** Wall clock in ms since the epoch; injectable for tests. */
  now(): number;
  /** Set by the trace stage (the pipeline fills them in if that stage failed). */
  traceId: string | null;
  spanId: string | null;
  requestId: string | null;
  /** Set by the auth stage. */
  identity: EdgeIdentity;
  /** Client address as resolved by the rate-limit stage's rules (null until resolved). */
  clientIp: string | null;
  /** Key the rate limiter used (hashed before logging). */
  clientKey: string | null;
  /** Rate-limit class applied, if any. */
  rateLimitClass: string | null;
  /** Filled by the WAF stage. */
  waf: { score: number; action: "allow" | "warn" | "block"; ruleIds: number[] } | null;
  /** Shared state that outlives one request (rate-limit buckets); owned by the pipeline runtime. */
  readonly state: EdgeRuntimeState;
}

/** Long-lived state (per process), created once per config by the pipeline. */
export interface EdgeRuntimeState {
  /** Keyed by stage-specific names; each stage owns its entry (e.g. the rate limiter's bucket table). */
  readonly slots: Map<string, unknown>;
}

export type StageFn = (req: Request, ctx: EdgeContext) => Promise<StageDecision>;

export interface Stage {
  name: StageName | (string & {});
  run: StageFn;
}

// ---------------------------------------------------------------------------------------------
// Configuration shape
// ---------------------------------------------------------------------------------------------

export type FailureMode = "open" | "closed";

export interface BreakerConfig {
  /** Failures (throws or budget overruns) within `windowMs` that open the breaker. */
  failureThreshold: number;
  windowMs: number;
  /** Time the breaker stays open before one half-open probe is let through. */
  coolDownMs: number;
  /** Consecutive successful probes that close it again. */
  halfOpenSuccesses: number;
}

export interface StageSettings {
  enabled: boolean;
  /** Time budget; a stage still running after it counts as failed and its failure mode applies. */
  budgetMs: number;
  /** `closed` → 503 problem+json; `open` → the request goes on as if the stage allowed it. */
  failureMode: FailureMode;
  breaker: BreakerConfig;
}

export interface AuthConfig {
  /** Secrets tried in order (Auth.js key rotation); empty → every session counts as invalid. */
  secrets: string[];
  /** Session cookie names (plain and `__Secure-` variants); the cookie name is the JWE salt. */
  sessionCookieNames: string[];
  /** Path prefixes that need a session: anonymous browsers are redirected to `signInPath`. */
  protectedPrefixes: string[];
  /** Path prefixes that need role `admin` (pages and their API). */
  adminPrefixes: string[];
  adminApiPrefixes: string[];
  signInPath: string;
  /** Write API paths that accept anonymous requests (prefix match). */
  anonymousWritePrefixes: string[];
}

/** One rate-limit class: a token bucket of `limit` tokens refilled evenly over `windowSec`. */
export interface RateLimitClass {
  name: string;
  limit: number;
  windowSec: number;
  /** `client` = user id, else API key prefix, else IP; `ip` = always the client IP (sign-in). */
  keyBy: "client" | "ip";
  /**
   * A second bucket per account named in the request body (form or JSON field, case-insensitive),
   * whatever the client address: slows password guessing spread over many addresses.
   */
  perAccount?: { field: string; limit: number; windowSec: number };
}

export interface RateLimitRule {
  /** `|`-separated methods, or `*`. */
  method: string;
  /** Path pattern: exact segments, `:param` one segment, trailing `/**` any rest (incl. none). */
  path: string;
  class: string;
}

export interface RateLimitConfig {
  classes: RateLimitClass[];
  /** First matching rule decides the class; no match → not limited. */
  rules: RateLimitRule[];
  /** Multiplies every class limit (`CYANEA_RATE_LIMIT_SCALE`). */
  scale: number;
  /** Maximum buckets kept; least recently used ones are evicted (memory stays bounded). */
  maxBuckets: number;
  /**
   * Number of reverse proxies in front of the app that append to `x-forwarded-for`. 0 → the
   * header is client-controlled and ignored. With N, the client is the N-th entry from the right.
   */
  trustedProxyHops: number;
  /**
   * Header that carries the socket address when no proxy is trusted. `next start` fills
   * `x-forwarded-for` only if absent (client-spoofable), so the app's own server
   * (scripts/serve.mjs, what `npm start` runs) overwrites `x-real-ip` with the connection's
   * address on every request; any other front end must do the same. Without it all anonymous
   * clients share the "unknown" bucket.
   */
  clientIpHeader: string | null;
}

export interface BodySchemaRoute {
  method: string;
  path: string;
  /** Export name in `lib/domain/schemas.ts`; its JSON Schema is generated into `json-schemas.generated.ts`. */
  schema: string;
  maxBytes?: number;
}

export interface BodySchemaConfig {
  routes: BodySchemaRoute[];
  defaultMaxBytes: number;
  /** Bodies nested deeper than this are refused before parsing (400). */
  maxDepth: number;
  /** Validation errors listed in the problem body. */
  maxErrors: number;
}

export interface DecisionLogConfig {
  /** Salt mixed into client-key hashes so an IPv4 hash cannot be reversed by enumeration. */
  hashSalt: string;
}

export interface PipelineConfig {
  stages: Record<StageName, StageSettings>;
  /** WAF rules, thresholds, bounds and exclusions (defined in lib/edge/waf/config.ts). */
  waf: WafConfig;
  auth: AuthConfig;
  rateLimit: RateLimitConfig;
  bodySchema: BodySchemaConfig;
  decisionLog: DecisionLogConfig;
  /** Clock in ms since the epoch (tests inject one). */
  now: () => number;
}

// ---------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------

const breaker = (failureThreshold: number): BreakerConfig => ({ failureThreshold, windowMs: 10_000, coolDownMs: 5_000, halfOpenSuccesses: 1 });

/**
 * Default per-stage settings: WAF, auth and body schema fail closed; trace and rate limit fail open.
 * Budgets are wall-clock time on an event loop the edge shares with route code under `next start`,
 * so they are sized to catch a hung stage (a stalled body stream, a stuck await), not to police
 * sub-millisecond costs: a fail-closed stage with a tight budget turns load spikes into 503s.
 */
export const DEFAULT_STAGE_SETTINGS: Record<StageName, StageSettings> = {
  trace: { enabled: true, budgetMs: 50, failureMode: "open", breaker: breaker(20) },
  waf: { enabled: true, budgetMs: 250, failureMode: "closed", breaker: breaker(20) },
  auth: { enabled: true, budgetMs: 250, failureMode: "closed", breaker: breaker(20) },
  rateLimit: { enabled: true, budgetMs: 50, failureMode: "open", breaker: breaker(20) },
  bodySchema: { enabled: true, budgetMs: 1_000, failureMode: "closed", breaker: breaker(20) },
};

/** 256 KiB, the API's own JSON ceiling (`JSON_BODY_LIMIT_BYTES` in lib/http/json-body.ts). */
export const DEFAULT_JSON_BODY_LIMIT_BYTES = 256 * 1024;

export const DEFAULT_RATE_LIMIT_CLASSES: RateLimitClass[] = [
  { name: "signin", limit: 10, windowSec: 60, keyBy: "ip", perAccount: { field: "email", limit: 10, windowSec: 900 } },
  { name: "export", limit: 5, windowSec: 3600, keyBy: "client" },
  { name: "write", limit: 120, windowSec: 60, keyBy: "client" },
  { name: "read", limit: 1200, windowSec: 60, keyBy: "client" },
];

export const DEFAULT_RATE_LIMIT_RULES: RateLimitRule[] = [
  { method: "POST", path: "/api/auth/callback/credentials", class: "signin" },
  { method: "POST", path: "/api/account/signup", class: "signin" },
  { method: "POST", path: "/api/admin/exports", class: "export" },
  { method: "POST|PUT|PATCH|DELETE", path: "/api/**", class: "write" },
  { method: "GET|HEAD", path: "/api/**", class: "read" },
];

/** JSON write routes and the zod schema (by export name) each handler validates with. */
export const DEFAULT_BODY_SCHEMA_ROUTES: BodySchemaRoute[] = [
  { method: "POST", path: "/api/account/signup", schema: "signUpSchema", maxBytes: 8 * 1024 },
  { method: "PATCH", path: "/api/datasets/:slug", schema: "datasetPatchSchema" },
  { method: "POST", path: "/api/protocols", schema: "protocolCreateSchema" },
  { method: "PATCH", path: "/api/protocols/:slug", schema: "protocolUpdateSchema" },
  { method: "POST", path: "/api/spaces", schema: "spaceCreateSchema" },
  { method: "PATCH", path: "/api/spaces/:slug", schema: "spaceUpdateSchema" },
  { method: "POST", path: "/api/labs", schema: "labCreateSchema" },
  { method: "POST", path: "/api/labs/:slug/members", schema: "labMemberSchema", maxBytes: 8 * 1024 },
  { method: "PATCH", path: "/api/labs/:slug/members/:userId", schema: "labMemberRoleSchema", maxBytes: 8 * 1024 },
  { method: "POST", path: "/api/keys", schema: "apiKeyCreateSchema", maxBytes: 8 * 1024 },
];

type Env = Record<string, string | undefined>;

function readEnv(): Env {
  return typeof process !== "undefined" && process.env ? (process.env as Env) : {};
}

/** Parses `CYANEA_RATE_LIMIT_SCALE`: a positive finite number, else 1. */
export function rateLimitScaleFrom(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(n) && n > 0 ? n : 1;
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Deep-partial overrides accepted by `createPipelineConfig`. */
export interface PipelineConfigOverrides {
  stages?: Partial<Record<StageName, Partial<StageSettings>>>;
  waf?: WafConfig;
  auth?: Partial<AuthConfig>;
  rateLimit?: Partial<RateLimitConfig>;
  bodySchema?: Partial<BodySchemaConfig>;
  decisionLog?: Partial<DecisionLogConfig>;
  now?: () => number;
}

/**
 * Builds the pipeline config from defaults, environment (`AUTH_SECRET`, `CYANEA_RATE_LIMIT_SCALE`,
 * `CYANEA_TRUSTED_PROXY_HOPS`, `CYANEA_CLIENT_IP_HEADER`, `CYANEA_LOG_HASH_SALT`, `CYANEA_EDGE`) and overrides.
 * `CYANEA_EDGE=off` disables every stage (no WAF, auth, rate limit or body checks): for overhead benchmarks only.
 * Build it once per process: breaker and bucket state are attached to the config object.
 */
export function createPipelineConfig(overrides: PipelineConfigOverrides = {}, env: Env = readEnv()): PipelineConfig {
  const stages = {} as Record<StageName, StageSettings>;
  for (const name of Object.keys(DEFAULT_STAGE_SETTINGS) as StageName[]) {
    const base = DEFAULT_STAGE_SETTINGS[name];
    const o = overrides.stages?.[name] ?? {};
    stages[name] = { ...base, ...o, breaker: { ...base.breaker, ...(o.breaker ?? {}) } };
    if (env.CYANEA_EDGE === "off") stages[name].enabled = false;
  }
  const secrets = (env.AUTH_SECRET ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Number(env.CYANEA_TRUSTED_PROXY_HOPS ?? "0");
  return {
    stages,
    waf: overrides.waf ?? DEFAULT_WAF_CONFIG,
    auth: {
      secrets,
      sessionCookieNames: ["__Secure-authjs.session-token", "authjs.session-token"],
      protectedPrefixes: ["/app", "/admin"],
      adminPrefixes: ["/admin"],
      adminApiPrefixes: ["/api/admin"],
      signInPath: "/signin",
      anonymousWritePrefixes: ["/api/auth/", "/api/account/signup"],
      ...overrides.auth,
    },
    rateLimit: {
      classes: DEFAULT_RATE_LIMIT_CLASSES,
      rules: DEFAULT_RATE_LIMIT_RULES,
      scale: rateLimitScaleFrom(env.CYANEA_RATE_LIMIT_SCALE),
      maxBuckets: 100_000,
      trustedProxyHops: Number.isInteger(hops) && hops > 0 ? hops : 0,
      clientIpHeader: env.CYANEA_CLIENT_IP_HEADER?.toLowerCase() || "x-real-ip",
      ...overrides.rateLimit,
    },
    bodySchema: {
      routes: DEFAULT_BODY_SCHEMA_ROUTES,
      defaultMaxBytes: DEFAULT_JSON_BODY_LIMIT_BYTES,
      maxDepth: 32,
      maxErrors: 20,
      ...overrides.bodySchema,
    },
    decisionLog: { hashSalt: env.CYANEA_LOG_HASH_SALT || randomSalt(), ...overrides.decisionLog },
    now: overrides.now ?? (() => Date.now()),
  };
}

// ---------------------------------------------------------------------------------------------
// Route matching shared by the stages
// ---------------------------------------------------------------------------------------------

/** Whether `method` is in a `|`-separated list (or the list is `*`). */
export function methodMatches(list: string, method: string): boolean {
  return list === "*" || list.split("|").includes(method.toUpperCase());
}

/** Matches a path against `/a/:param/b` or `/a/**` (the `**` also matches `/a` itself). */
export function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg === "**" && i === p.length - 1) return true;
    const actual = s[i];
    if (actual === undefined) return false;
    if (seg.startsWith(":")) continue;
    if (seg !== actual) return false;
  }
  return s.length === p.length;
}

/** Whether `path` is `prefix` or below it (segment-aware: `/app` matches `/app/x`, not `/apple`). */
export function underPrefix(path: string, prefix: string): boolean {
  if (prefix.endsWith("/")) return path.startsWith(prefix);
  return path === prefix || path.startsWith(prefix + "/");
}

// ---------------------------------------------------------------------------------------------
// Block helpers shared by the stages
// ---------------------------------------------------------------------------------------------

/** A block decision with an RFC 9457 body; `type` follows the API's `https://cyanea.dev/problems/<code>`. */
export function problemBlock(
  status: number,
  code: string,
  title: string,
  detail: string,
  reason: string,
  extra: { errors?: Array<{ pointer: string; detail: string }>; headers?: Record<string, string> } = {},
): Extract<StageDecision, { kind: "block" }> {
  return {
    kind: "block",
    status,
    reason,
    problem: {
      type: `https://cyanea.dev/problems/${code.replace(/_/g, "-")}`,
      title,
      status,
      detail,
      code,
      ...(extra.errors ? { errors: extra.errors } : {}),
    },
    ...(extra.headers ? { headers: extra.headers } : {}),
  };
}
