import { jwtDecrypt } from "jose";
import { parseApiKey } from "@/lib/domain/api-key-format";
import { EDGE_OWNED_HEADERS } from "../identity-headers";
import { LruMap } from "../lru";
import { problemBlock, underPrefix, type EdgeContext, type StageDecision } from "../config";
import { blockPage } from "../block-page";

/**
 * Auth stage. Verifies the next-auth session at the edge, recognises API keys, sets the identity
 * headers route code trusts (after stripping any client copies) and turns away anonymous requests
 * to protected areas early. The API re-checks everything (revocation, lab membership, scopes).
 *
 * Session tokens are Auth.js JWTs: JWE compact, `alg: dir`, `enc: A256CBC-HS512`, key =
 * HKDF-SHA256(secret, salt = cookie name, info = `Auth.js Generated Encryption Key (<salt>)`, 64 B)
 * — as `@auth/core/jwt` `encode`/`decode` do. The HMAC-SHA-512 tag authenticates the token (this is
 * its "signature"); Auth.js sets no issuer, so integrity + `exp` are what can be checked.
 */

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const MAX_TOKEN_CHARS = 16 * 1024;
const ENC_INFO = (salt: string) => `Auth.js Generated Encryption Key (${salt})`;

/** Derived keys per (secret, salt): HKDF once per process, not per request. */
const keyCache = new Map<string, Promise<Uint8Array>>();

async function deriveKey(secret: string, salt: string): Promise<Uint8Array> {
  const cacheKey = `${salt}\u0000${secret}`;
  let key = keyCache.get(cacheKey);
  if (!key) {
    const enc = new TextEncoder();
    key = crypto.subtle
      .importKey("raw", enc.encode(secret), "HKDF", false, ["deriveBits"])
      .then((material) =>
        crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: enc.encode(salt), info: enc.encode(ENC_INFO(salt)) }, material, 512),
      )
      .then((bits) => new Uint8Array(bits));
    if (keyCache.size > 32) keyCache.clear();
    keyCache.set(cacheKey, key);
  }
  return key;
}

/**
 * Starts deriving the session keys for every configured secret and cookie name, so the first
 * signed-in request does not pay for HKDF inside its time budget. Fire-and-forget; never throws.
 */
export function warmUpAuth(secrets: readonly string[], cookieNames: readonly string[]): void {
  for (const secret of secrets) for (const name of cookieNames) deriveKey(secret, name).catch(() => undefined);
}

export interface SessionClaims {
  userId: string;
  role: string;
  expiresAtMs: number;
}

/**
 * Decrypts and checks a session token; null for anything invalid (malformed, forged, wrong secret,
 * expired, no subject). Never throws.
 */
export async function verifySessionToken(token: string, secrets: readonly string[], salt: string, nowMs: number): Promise<SessionClaims | null> {
  if (!token || token.length > MAX_TOKEN_CHARS || token.split(".").length !== 5) return null;
  for (const secret of secrets) {
    try {
      const key = await deriveKey(secret, salt);
      const { payload } = await jwtDecrypt(token, key, {
        keyManagementAlgorithms: ["dir"],
        contentEncryptionAlgorithms: ["A256CBC-HS512"],
        clockTolerance: 15,
        currentDate: new Date(nowMs),
      });
      if (typeof payload.sub !== "string" || payload.sub === "") return null;
      if (typeof payload.exp !== "number" || payload.exp * 1000 <= nowMs) return null;
      const role = typeof payload.role === "string" && payload.role ? payload.role : "researcher";
      return { userId: payload.sub, role, expiresAtMs: payload.exp * 1000 };
    } catch {
      // Wrong secret, tampered token or expired: try the next secret, then give up.
    }
  }
  return null;
}

const SESSION_CACHE_SLOT = "auth.sessions";
const SESSION_CACHE_SIZE = 5_000;

/**
 * Verification results per token (a JWE decrypt costs ~1 ms; a browser sends the same token on
 * every request). Bounded LRU per pipeline config; expiry is re-checked on every hit, and failures
 * are cached too so a flood of one forged token costs one decrypt.
 */
async function cachedVerify(ctx: EdgeContext, token: string, cookieName: string): Promise<SessionClaims | null> {
  let cache = ctx.state.slots.get(SESSION_CACHE_SLOT) as LruMap<string, SessionClaims | null> | undefined;
  if (!cache) {
    cache = new LruMap(SESSION_CACHE_SIZE);
    ctx.state.slots.set(SESSION_CACHE_SLOT, cache);
  }
  const key = `${cookieName}\u0000${token}`;
  const now = ctx.now();
  let claims = cache.get(key);
  if (claims === undefined) {
    claims = await verifySessionToken(token, ctx.config.auth.secrets, cookieName, now);
    cache.set(key, claims);
  }
  return claims && claims.expiresAtMs > now ? claims : null;
}

/** Cookie header → name/value pairs (RFC 6265 §5.2, lenient; later duplicates ignored). */
export function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (name && !out.has(name)) out.set(name, value);
  }
  return out;
}

/** The session token under `name`, reassembling Auth.js chunked cookies (`name.0`, `name.1`, …). */
export function readSessionCookie(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const parts: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) parts.push(cookies.get(`${name}.${i}`)!);
  return parts.length ? parts.join("") : null;
}

/** Path with runs of slashes collapsed, so `//admin` cannot dodge the `/admin` prefix. */
function canonicalPath(pathname: string): string {
  return pathname.replace(/\/{2,}/g, "/");
}

/** A same-site callback path: always starts with one `/` (never `//host` or `/\host`). */
export function callbackPath(url: URL): string {
  const target = canonicalPath(url.pathname) + url.search;
  return /^\/(?![/\\])/.test(target) ? target : "/";
}

const FORBIDDEN_PAGE = blockPage({
  title: "Administrators only",
  message: "This area needs an administrator account. You are signed in without one.",
  link: { href: "/app", label: "Back to the app" },
});

export async function authStage(req: Request, ctx: EdgeContext): Promise<StageDecision> {
  const { auth } = ctx.config;
  const strip = Object.fromEntries(EDGE_OWNED_HEADERS.map((h) => [h, null])) as Record<string, string | null>;
  const path = canonicalPath(ctx.url.pathname);
  const isApi = underPrefix(path, "/api");

  // API key: shape + checksum only (no database at the edge). A Bearer credential that is not a
  // well-formed key is refused outright rather than silently ignored.
  const authorization = req.headers.get("authorization");
  const bearer = authorization ? /^\s*bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (authorization && /^\s*bearer\b/i.test(authorization)) {
    const parsed = bearer ? parseApiKey(bearer[1]!) : null;
    if (!parsed) {
      return problemBlock(401, "unauthenticated", "Authentication required", "The API key is malformed.", "malformed_api_key", {
        headers: { "www-authenticate": 'Bearer error="invalid_token"' },
      });
    }
    ctx.identity.apiKeyPrefix = parsed.prefix;
  }

  const cookies = parseCookies(req.headers.get("cookie"));
  let session: SessionClaims | null = null;
  for (const name of auth.sessionCookieNames) {
    const token = readSessionCookie(cookies, name);
    if (!token) continue;
    session = await cachedVerify(ctx, token, name);
    if (session) break;
  }
  if (session) {
    ctx.identity.userId = session.userId;
    ctx.identity.role = session.role;
  }
  const identityHeaders: Record<string, string | null> = session ? { ...strip, "x-user-id": session.userId, "x-user-role": session.role } : strip;
  const allow: StageDecision = { kind: "mutate", requestHeaders: identityHeaders };
  const hasKey = ctx.identity.apiKeyPrefix !== null;
  const method = ctx.method;
  const navigation = method === "GET" || method === "HEAD";

  if (isApi) {
    const adminApi = auth.adminApiPrefixes.some((p) => underPrefix(path, p));
    const anonymousWrite = auth.anonymousWritePrefixes.some((p) => (p.endsWith("/") ? path.startsWith(p) : underPrefix(path, p)));
    const needsCredential = adminApi || (WRITE_METHODS.has(method) && !anonymousWrite);
    if (needsCredential && !session && !hasKey) {
      return problemBlock(401, "unauthenticated", "Authentication required", "Sign in or send an API key to use this endpoint.", "no_credentials", {
        headers: { "www-authenticate": "Bearer" },
      });
    }
    if (adminApi && session && !hasKey && session.role !== "admin") {
      return problemBlock(403, "forbidden", "Forbidden", "This endpoint needs an administrator account.", "admin_required");
    }
    return allow;
  }

  const admin = auth.adminPrefixes.some((p) => underPrefix(path, p));
  const protectedArea = admin || auth.protectedPrefixes.some((p) => underPrefix(path, p));
  if (protectedArea && !session) {
    if (!navigation) {
      return problemBlock(401, "unauthenticated", "Authentication required", "Sign in to use this page.", "no_session");
    }
    const location = new URL(auth.signInPath, ctx.url);
    location.search = `?callbackUrl=${encodeURIComponent(callbackPath(ctx.url))}`;
    return { kind: "block", status: 302, reason: "signin_redirect", headers: { location: location.toString(), "cache-control": "no-store" } };
  }
  if (admin && session && session.role !== "admin") {
    return { kind: "block", status: 403, reason: "admin_required", html: FORBIDDEN_PAGE };
  }
  return allow;
}
