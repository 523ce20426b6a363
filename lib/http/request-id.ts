import { REQUEST_ID_PATTERN } from "@/lib/edge/identity-headers";

/**
 * The request id for logs and answers: the edge's `x-request-id` when it is well formed, else a
 * new one. Routes that the edge skips (streamed uploads) see the client's header as sent, so a
 * malformed or oversized value is never echoed or logged.
 */
export function requestIdOf(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && REQUEST_ID_PATTERN.test(given) ? given : crypto.randomUUID();
}
