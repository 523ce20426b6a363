import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Db } from "@/db";
import { isSessionRevoked } from "@/db/queries/sessions";
import { findActiveApiKey, findUserById, membershipsOf, touchApiKey } from "@/db/queries/users";
import type { Memberships, Principal } from "@/lib/domain/access";
import { parseApiKey } from "@/lib/domain/api-key-format";
import { serverConfig } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { consumeDailyQuota } from "./api-key-quota";
import { hashApiKeySecret } from "./api-key-secret";
import { auth } from "./auth-config";

const SESSION_SCOPES = ["read", "write"] as const;

/** Auth.js session cookie names (the `__Secure-` one is used over HTTPS; large JWTs are chunked as `.0`, `.1`, …). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** Anonymous requests skip the session decode entirely: most public reads carry no cookie. */
function hasSessionCookie(req: Request): boolean {
  return SESSION_COOKIE.test(req.headers.get("cookie") ?? "");
}

/**
 * Who is calling: an API key in `Authorization: Bearer` (checked against the database, revocation
 * included), else the session cookie's JWT. A bad key is a 401 — never a silent fallback to anonymous.
 */
export async function resolvePrincipal(req: Request, db: Db, now: Date): Promise<{ principal: Principal; memberships: Memberships }> {
  const header = req.headers.get("authorization");
  let principal: Principal = { kind: "anonymous" };
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError("unauthenticated", "Authorization header must be `Bearer <api key>`.");
    const parsed = parseApiKey(match[1]!);
    const row = parsed ? await findActiveApiKey(db, parsed.prefix) : undefined;
    const hash = parsed ? Buffer.from(hashApiKeySecret(parsed.secret), "hex") : Buffer.alloc(32);
    if (!row || !parsed || !timingSafeEqual(hash, Buffer.from(row.secretHash, "hex"))) {
      throw new AppError("unauthenticated", "The API key is invalid or revoked.");
    }
    const user = await findUserById(db, row.userId);
    if (!user) throw new AppError("unauthenticated", "The API key's account no longer exists.");
    await touchApiKey(db, row.id, now);
    await consumeDailyQuota(db, row, now, serverConfig().apiKeyDailyQuota);
    principal = { kind: "user", userId: user.id, role: user.role, via: "api_key", scopes: row.scopes, apiKeyId: row.id };
  } else if (hasSessionCookie(req)) {
    const session = await auth();
    const userId = session?.user?.id;
    if (userId && !(session.sid && (await isSessionRevoked(db, session.sid)))) {
      const user = await findUserById(db, userId);
      if (user) principal = { kind: "user", userId: user.id, role: user.role, via: "session", scopes: SESSION_SCOPES };
    }
  }
  if (principal.kind === "anonymous") return { principal, memberships: new Map() };
  const labs = await membershipsOf(db, principal.userId);
  return { principal, memberships: new Map(labs.map((l) => [l.id, l.role])) };
}
