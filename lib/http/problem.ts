import { AppError, problemStatus, problemTitle } from "@/lib/errors/app-error";
import type { ProblemDto } from "@/lib/domain/api-types";

/** Renders an AppError as an RFC 9457 problem+json response. */
export function problemResponse(err: AppError, requestId: string, headers: HeadersInit = {}): Response {
  const status = problemStatus[err.code];
  const body: ProblemDto = {
    type: `https://cyanea.dev/problems/${err.code.replace(/_/g, "-")}`,
    title: problemTitle[err.code],
    status,
    detail: err.message,
    code: err.code,
    requestId,
    ...(err.errors.length ? { errors: err.errors } : {}),
    ...err.extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, ...headers },
  });
}

/** Maps anything thrown to an AppError; unknown errors become a generic 500 (details go to the log only). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isConnectionError(err)) return new AppError("backend_unavailable", "The database is unavailable; try again shortly.", { cause: err });
  return new AppError("internal", "An unexpected error occurred.", { cause: err });
}

function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } })?.cause?.code ?? (err as { code?: string })?.code;
  // ENOENT: the server's unix socket is gone (stopped); CONNECTION_*: postgres.js lost the link;
  // 57P01/57P03: admin shutdown / starting up; 08xxx: connection exceptions.
  return (
    code === "ECONNREFUSED" ||
    code === "ENOENT" ||
    code === "ECONNRESET" ||
    code === "CONNECT_TIMEOUT" ||
    code === "CONNECTION_CLOSED" ||
    code === "CONNECTION_ENDED" ||
    code === "CONNECTION_DESTROYED" ||
    code === "57P01" ||
    code === "57P03" ||
    (typeof code === "string" && code.startsWith("08"))
  );
}
