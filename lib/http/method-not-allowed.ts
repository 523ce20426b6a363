import { AppError } from "@/lib/errors/app-error";
import { problemResponse } from "./problem";
import { requestIdOf } from "./request-id";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const ALL: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
type Handler = (req: Request) => Response;

/**
 * Handlers for the methods a route does not implement: 405 problem+json with `Allow`, instead of
 * the framework's empty 405. Use as `export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);`
 */
export function methodNotAllowed(allowed: readonly Method[]): Record<Method, Handler> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const handler: Handler = (req) => {
    const requestId = requestIdOf(req);
    const err = new AppError("method_not_allowed", `${req.method} is not supported on ${new URL(req.url).pathname}; allowed: ${allow}.`, {
      extra: { allow: allow.split(", ") },
    });
    return problemResponse(err, requestId, { allow });
  };
  return Object.fromEntries(ALL.map((m) => [m, handler])) as Record<Method, Handler>;
}
