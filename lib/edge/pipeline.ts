import { CircuitBreaker, type BreakerState } from "./breaker";
import {
  DEFAULT_STAGE_SETTINGS,
  type EdgeContext,
  type EdgeProblem,
  type EdgeRuntimeState,
  type PipelineConfig,
  type Stage,
  type StageDecision,
  type StageName,
  type StageSettings,
} from "./config";
import { cachedClientKeyHash, type DecisionLogLine, type StageLogEntry, type StageOutcome } from "./decision-log";
import { EDGE_OWNED_HEADERS } from "./identity-headers";
import { authStage, warmUpAuth } from "./stages/auth";
import { bodySchemaStage } from "./stages/body-schema";
import { rateLimitStage, resolveClientIp } from "./stages/rate-limit";
import { wafStage, warmUpWaf } from "./stages/waf";
import { formatTraceparent, randomHexId, serverTimingHeader, traceStage, type StageTiming } from "./stages/trace";
import { blockPage, isPageNavigation } from "./block-page";

/**
 * The edge pipeline: runs the stages in order and merges their decisions.
 *
 * Merge rules: a block from any stage wins and skips the later stages; header mutations accumulate
 * in stage order; there is no "accept" decision, so no stage can force a request through. Only the
 * auth stage may set the edge-owned identity headers (`x-user-id`, `x-user-role`); the pipeline
 * strips client copies itself, so they are gone even if auth is disabled or fails open.
 *
 * Faults: each stage runs under its time budget and circuit breaker (config.ts). A throw or a
 * budget overrun counts as a breaker failure and the stage's failure mode decides: `closed` → 503
 * problem+json "Edge stage unavailable", `open` → continue as if it allowed. An open breaker applies
 * the failure mode without calling the stage. A timed-out stage's late result is discarded. A stage
 * that overran its budget synchronously (CPU-bound; a timer cannot interrupt it) has its decision
 * used but counts as a breaker failure, so a persistently slow stage still trips its breaker.
 */

/** Stage order of the pipeline: trace → WAF → auth → rate limit → body schema. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { name: "trace", run: traceStage },
  { name: "waf", run: wafStage },
  { name: "auth", run: authStage },
  { name: "rateLimit", run: rateLimitStage },
  { name: "bodySchema", run: bodySchemaStage },
];

export interface PipelineResult {
  /** A block or redirect to send instead of the app's answer; null → continue (NextResponse.next). */
  response: Response | null;
  /** Full request header set for route code (pass to `NextResponse.next({ request: { headers } })`). */
  requestHeaders: Headers;
  /** Headers to add to the app's response when `response` is null (already on `response` otherwise). */
  responseHeaders: Headers;
  log: DecisionLogLine;
}

export interface RunOptions {
  /** Stage list (tests inject faulty stages); defaults to DEFAULT_STAGES. */
  stages?: readonly Stage[];
}

interface Runtime {
  state: EdgeRuntimeState;
  breakers: Map<string, CircuitBreaker>;
}

/** Per-config runtime (breakers, buckets): module-level, so it lives as long as the edge process. */
const runtimes = new WeakMap<PipelineConfig, Runtime>();

function runtimeOf(config: PipelineConfig): Runtime {
  let rt = runtimes.get(config);
  if (!rt) {
    rt = { state: { slots: new Map() }, breakers: new Map() };
    runtimes.set(config, rt);
    // One-off costs (regex compilation, key derivation) kept out of the first request's budgets.
    if (config.stages.waf.enabled) warmUpWaf(config.waf);
    if (config.stages.auth.enabled) warmUpAuth(config.auth.secrets, config.auth.sessionCookieNames);
  }
  return rt;
}

/** Breaker state of a stage under `config` (for health output and tests). */
export function breakerState(config: PipelineConfig, stage: string): BreakerState {
  return runtimeOf(config).breakers.get(stage)?.state ?? "closed";
}

function settingsOf(config: PipelineConfig, name: string): StageSettings {
  return config.stages[name as StageName] ?? { ...DEFAULT_STAGE_SETTINGS.auth, failureMode: "closed" };
}

function breakerOf(config: PipelineConfig, rt: Runtime, name: string, settings: StageSettings): CircuitBreaker {
  let b = rt.breakers.get(name);
  if (!b) {
    b = new CircuitBreaker(settings.breaker, config.now);
    rt.breakers.set(name, b);
  }
  return b;
}

type Run = { kind: "ok"; decision: StageDecision } | { kind: "error"; error: unknown } | { kind: "timeout" };

async function runWithBudget(stage: Stage, req: Request, ctx: EdgeContext, budgetMs: number): Promise<Run> {
  let promise: Promise<StageDecision>;
  try {
    promise = stage.run(req, ctx);
  } catch (error) {
    return { kind: "error", error };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Run>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), budgetMs);
  });
  const settled = promise.then(
    (decision): Run => ({ kind: "ok", decision }),
    (error: unknown): Run => ({ kind: "error", error }),
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const UNAVAILABLE_REASON = { error: "stage_error", timeout: "stage_timeout", breaker: "breaker_open" } as const;

function unavailable(stage: string, why: keyof typeof UNAVAILABLE_REASON): Extract<StageDecision, { kind: "block" }> {
  return {
    kind: "block",
    status: 503,
    reason: `${stage}:${UNAVAILABLE_REASON[why]}`,
    problem: {
      type: "https://cyanea.dev/problems/edge-unavailable",
      title: "Edge stage unavailable",
      status: 503,
      detail: "A request check is temporarily unavailable; try again shortly.",
      code: "edge_unavailable",
    },
    headers: { "retry-after": "5" },
  };
}

function isValidDecision(d: unknown): d is StageDecision {
  if (!d || typeof d !== "object") return false;
  const kind = (d as { kind?: unknown }).kind;
  if (kind === "allow" || kind === "mutate") return true;
  // A "block" with a success status would let a stage answer in the app's place: refuse it.
  const status = (d as { status?: unknown }).status;
  return kind === "block" && typeof status === "number" && Number.isInteger(status) && status >= 300 && status <= 599;
}

/**
 * Renders a block. A server action (a form posted by React, `Next-Action` header) cannot read
 * problem+json: its client accepts an error only as a bare `text/plain` body, whose text becomes
 * the message of the error thrown into the form's error boundary. Those get the problem's detail
 * and the request id as plain text.
 */
function renderBlock(block: Extract<StageDecision, { kind: "block" }>, headers: Headers, requestId: string, client: "server-action" | "page" | "api"): Response {
  for (const [k, v] of Object.entries(block.headers ?? {})) headers.set(k, v);
  let body: string | null = null;
  if (block.problem && client === "server-action") {
    body = `${block.problem.detail} (request id ${requestId})`;
    headers.set("content-type", "text/plain");
    headers.set("cache-control", "no-store");
  } else if (block.problem && client === "page" && !block.html) {
    // A person loading a page reads a page, not problem+json.
    body = blockPage({ title: block.problem.title, message: block.problem.detail, requestId, link: { href: "/", label: "Go to the home page" } });
    headers.set("content-type", "text/html; charset=utf-8");
    headers.set("cache-control", "no-store");
  } else if (block.problem) {
    const problem: EdgeProblem & { requestId: string } = { ...block.problem, requestId };
    body = JSON.stringify(problem);
    headers.set("content-type", "application/problem+json");
    headers.set("cache-control", "no-store");
  } else if (block.html) {
    body = block.html;
    headers.set("content-type", "text/html; charset=utf-8");
    headers.set("cache-control", "no-store");
  }
  return new Response(body, { status: block.status, headers });
}

/** A fresh per-request context bound to the config's long-lived state (stages can be called directly with it). */
export function createEdgeContext(req: Request, config: PipelineConfig): EdgeContext {
  return {
    config,
    url: new URL(req.url),
    method: req.method.toUpperCase(),
    now: config.now,
    traceId: null,
    spanId: null,
    requestId: null,
    identity: { userId: null, role: null, apiKeyPrefix: null },
    clientIp: null,
    clientKey: null,
    rateLimitClass: null,
    waf: null,
    state: runtimeOf(config).state,
  };
}

/** Runs the edge pipeline on a request. Never throws for a failing stage; see the module comment. */
export async function runPipeline(req: Request, config: PipelineConfig, options: RunOptions = {}): Promise<PipelineResult> {
  const startedMs = performance.now();
  const rt = runtimeOf(config);
  const stages = options.stages ?? DEFAULT_STAGES;
  const ctx = createEdgeContext(req, config);
  const requestHeaders = new Headers(req.headers);
  for (const h of EDGE_OWNED_HEADERS) requestHeaders.delete(h);
  const responseHeaders = new Headers();
  const timings: StageTiming[] = [];
  const entries: StageLogEntry[] = [];
  let block: Extract<StageDecision, { kind: "block" }> | null = null;

  for (const stage of stages) {
    const settings = settingsOf(config, stage.name);
    if (!settings.enabled) {
      entries.push({ name: stage.name, outcome: "skipped", durationMs: 0 });
      continue;
    }
    const breaker = breakerOf(config, rt, stage.name, settings);
    const t0 = performance.now();
    let decision: StageDecision;
    let outcome: StageOutcome;
    let failure: keyof typeof UNAVAILABLE_REASON | null = null;
    let overBudget = false;
    if (!breaker.tryAcquire()) failure = "breaker";
    else {
      const run = await runWithBudget(stage, req, ctx, settings.budgetMs);
      if (run.kind === "ok" && isValidDecision(run.decision)) {
        // A synchronous overrun cannot be cut off (the timer only fires once the event loop is
        // free), so it finishes with a real answer: use it, but count it against the breaker.
        overBudget = performance.now() - t0 > settings.budgetMs;
        if (overBudget) breaker.failure();
        else breaker.success();
        decision = run.decision;
      } else {
        breaker.failure();
        failure = run.kind === "timeout" ? "timeout" : "error";
      }
    }
    if (failure) {
      const closed = settings.failureMode === "closed";
      outcome = `${failure === "breaker" ? "breaker" : failure}-${closed ? "closed" : "open"}` as StageOutcome;
      decision = closed ? unavailable(stage.name, failure) : { kind: "allow" };
    } else {
      outcome = decision!.kind;
    }
    const durationMs = performance.now() - t0;
    timings.push({ name: stage.name, durationMs });
    const entry: StageLogEntry = { name: stage.name, outcome, durationMs: Math.round(durationMs * 1000) / 1000 };
    if (failure) entry.reason = UNAVAILABLE_REASON[failure];
    if (overBudget) entry.overBudget = true;
    entries.push(entry);

    const d = decision!;
    if (d.kind === "block") {
      entry.reason = d.reason;
      entry.status = d.status;
      block = d;
      break;
    }
    if (d.kind === "mutate") {
      for (const [name, value] of Object.entries(d.requestHeaders ?? {})) {
        const lower = name.toLowerCase();
        if ((EDGE_OWNED_HEADERS as readonly string[]).includes(lower) && stage.name !== "auth") continue;
        if (value === null) requestHeaders.delete(lower);
        else requestHeaders.set(lower, value);
      }
      for (const [name, value] of Object.entries(d.responseHeaders ?? {})) responseHeaders.set(name, value);
    }
  }

  // Correlation ids even when the trace stage failed open or was disabled.
  if (!ctx.traceId) {
    ctx.traceId = randomHexId(16);
    ctx.spanId = randomHexId(8);
    requestHeaders.set("traceparent", formatTraceparent(ctx.traceId, ctx.spanId, "01"));
  }
  if (!ctx.requestId) {
    ctx.requestId = crypto.randomUUID();
    requestHeaders.set("x-request-id", ctx.requestId);
  }
  responseHeaders.set("x-request-id", ctx.requestId);
  const totalMs = performance.now() - startedMs;
  responseHeaders.set("server-timing", serverTimingHeader([...timings, { name: "edge", durationMs: totalMs }]));

  const client = req.headers.has("next-action") ? "server-action" : isPageNavigation(req, ctx.url.pathname) ? "page" : "api";
  const response = block ? renderBlock(block, new Headers(responseHeaders), ctx.requestId, client) : null;
  const clientKey = ctx.clientKey ?? `ip:${resolveClientIp(req.headers, config.rateLimit)}`;
  const line: DecisionLogLine = {
    ts: new Date(config.now()).toISOString(),
    msg: "edge_decision",
    traceId: ctx.traceId,
    requestId: ctx.requestId,
    method: ctx.method,
    route: ctx.url.pathname.slice(0, 512),
    clientKeyHash: await cachedClientKeyHash(clientKey, config.decisionLog.hashSalt),
    ...(ctx.identity.userId ? { userId: ctx.identity.userId } : {}),
    ...(ctx.rateLimitClass ? { rateLimitClass: ctx.rateLimitClass } : {}),
    outcome: block ? "block" : "allow",
    status: block ? block.status : 200,
    durationMs: Math.round(totalMs * 1000) / 1000,
    stages: entries,
    ...(ctx.waf ? { waf: { score: ctx.waf.score, action: ctx.waf.action, ruleIds: ctx.waf.ruleIds } } : {}),
  };
  return { response, requestHeaders, responseHeaders, log: line };
}
