import { json } from "@/lib/http/route";
import { checkHealth } from "@/lib/services/health";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { requestIdOf } from "@/lib/http/request-id";

export const dynamic = "force-dynamic";

/**
 * Not wrapped in route(): health must answer without resolving a caller (which needs the database).
 * 200 when the database answers, 503 with `status: "degraded"` when it does not.
 */
export async function GET(req: Request): Promise<Response> {
  const requestId = requestIdOf(req);
  const health = await checkHealth();
  return json(health, health.dbReachable ? 200 : 503, { "cache-control": "no-store", "x-request-id": requestId });
}

// Other methods: 405 problem+json with Allow.
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
