import "server-only";
import { getDb } from "@/db";
import { resolvePrincipal } from "@/lib/auth/principal";
import { log } from "@/lib/log/logger";
import type { ServiceContext } from "@/lib/services/context";
import { AppError } from "@/lib/errors/app-error";
import { problemResponse, toAppError } from "./problem";
import { requestIdOf } from "./request-id";

type Params = Record<string, string | string[]>;
export type RouteHandler<P extends Params> = (req: Request, ctx: ServiceContext, params: P) => Promise<Response>;

/**
 * Wraps a route handler: request id, database, caller identity, and one error mapper.
 * Authorization itself happens in the services, whatever the edge decided.
 */
export function route<P extends Params = Record<string, never>>(handler: RouteHandler<P>) {
  return async (req: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const routeName = new URL(req.url).pathname;
    let userId: string | undefined;
    try {
      // Routes without dynamic segments get no params object at all.
      const params = ((await segment?.params) ?? {}) as P;
      if (Object.values(params).some((v) => (Array.isArray(v) ? v.join("") : v).includes("\u0000"))) {
        throw new AppError("not_found", "No such resource");
      }
      const { db } = await getDb();
      const now = new Date();
      const { principal, memberships } = await resolvePrincipal(req, db, now);
      userId = principal.kind === "user" ? principal.userId : undefined;
      const res = await handler(req, { db, principal, memberships, now, requestId }, params);
      res.headers.set("x-request-id", requestId);
      log.info("request", { requestId, route: routeName, method: req.method, status: res.status, userId, durationMs: ms(started) });
      return res;
    } catch (err) {
      const appErr = toAppError(err);
      const res = problemResponse(appErr, requestId, appErr.headers);
      const fields = { requestId, route: routeName, method: req.method, status: res.status, userId, durationMs: ms(started), code: appErr.code };
      if (res.status >= 500) log.error("request failed", { ...fields, error: describe(err) });
      else log.warn("request rejected", fields);
      return res;
    }
  };
}

function ms(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * A loggable one-line description. Query errors are described by their database cause only:
 * the driver's own message repeats the SQL *parameters*, which can hold password hashes or user text.
 */
function describe(err: unknown): string {
  const e = err as Error & { cause?: unknown };
  const cause = e?.cause instanceof Error ? e.cause : null;
  if (cause && /^Failed query/.test(e.message ?? "")) {
    const code = (cause as { code?: string }).code;
    return `database error${code ? ` ${code}` : ""}: ${cause.message}`;
  }
  return `${e?.name ?? "Error"}: ${e?.message ?? String(err)}${cause ? ` (cause: ${cause.message})` : ""}`;
}

/** JSON response helper. */
export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}
