/** Headers only the edge may set: any copy sent by a client is removed before route code runs. */
export const EDGE_OWNED_HEADERS = ["x-user-id", "x-user-role"] as const;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Request headers as route code should see them: edge-owned identity headers stripped, and an
 * `x-request-id` kept if well-formed or generated otherwise.
 */
export function sanitizeRequestHeaders(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  for (const name of EDGE_OWNED_HEADERS) headers.delete(name);
  const id = headers.get("x-request-id");
  if (!id || !REQUEST_ID.test(id)) headers.set("x-request-id", crypto.randomUUID());
  return headers;
}
