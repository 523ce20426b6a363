import { route } from "@/lib/http/route";
import { revokeMyApiKey } from "@/lib/services/api-keys/revoke-api-key";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const DELETE = route<{ id: string }>(async (_req, ctx, { id }) => {
  await revokeMyApiKey(ctx, id);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { GET, POST, PUT, PATCH } = methodNotAllowed(["DELETE"]);
