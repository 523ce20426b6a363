import { log } from "@/lib/log/logger";
import { LruMap } from "./lru";

/**
 * Decision log: one JSON line per request with the trace id, route, hashed client key and each
 * stage's decision and duration, plus the WAF score and rule ids. By construction it holds no
 * header values, cookies, Authorization credentials, passwords or bodies: only the fields below.
 */

export type StageOutcome =
  | "allow"
  | "mutate"
  | "block"
  | "skipped" // disabled in config
  | "error-open" // threw; failure mode open → allowed
  | "error-closed" // threw; failure mode closed → 503
  | "timeout-open"
  | "timeout-closed"
  | "breaker-open" // breaker refused the call; failure mode open → allowed
  | "breaker-closed"; // breaker refused the call; failure mode closed → 503

export interface StageLogEntry {
  name: string;
  outcome: StageOutcome;
  durationMs: number;
  /** Block reason or failure note (fixed strings from the stages, never user input). */
  reason?: string;
  status?: number;
  /** Finished, but after its time budget (counted as a breaker failure). */
  overBudget?: boolean;
}

export interface DecisionLogLine {
  ts: string;
  msg: "edge_decision";
  traceId: string;
  requestId: string;
  method: string;
  /** Path only: the query string may carry user data. */
  route: string;
  /** SHA-256 of salt + client key, first 16 hex chars; null when no key was resolved. */
  clientKeyHash: string | null;
  /** Verified session user id (an opaque id, not personal data), if any. */
  userId?: string;
  rateLimitClass?: string;
  outcome: "allow" | "block";
  status: number;
  durationMs: number;
  stages: StageLogEntry[];
  waf?: { score: number; action: string; ruleIds: number[] };
}

/** Salted SHA-256 of a client key via crypto.subtle, truncated to 16 hex chars (64 bits). */
export async function hashClientKey(key: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${salt}\u0000${key}`));
  return Array.from(new Uint8Array(digest).subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Client keys hashed recently, per salt: most requests come from a client seen moments ago. */
const HASH_CACHE_ENTRIES = 10_000;
const hashCaches = new Map<string, LruMap<string, string>>();

/**
 * {@link hashClientKey} through a bounded cache (10,000 keys per salt). `crypto.subtle.digest` runs
 * off the event loop, so an uncached hash costs each request a thread-pool round trip.
 */
export async function cachedClientKeyHash(key: string, salt: string): Promise<string> {
  let cache = hashCaches.get(salt);
  if (!cache) {
    // One salt per process in practice; tests that vary it must not grow this map without bound.
    if (hashCaches.size >= 4) hashCaches.clear();
    cache = new LruMap<string, string>(HASH_CACHE_ENTRIES);
    hashCaches.set(salt, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const hash = await hashClientKey(key, salt);
  cache.set(key, hash);
  return hash;
}

export function emitDecisionLog(line: DecisionLogLine): void {
  const level = line.status >= 500 ? "error" : line.outcome === "block" && line.status >= 400 ? "warn" : "info";
  const { msg, ts: _ts, ...fields } = line;
  log[level](msg, fields);
}
