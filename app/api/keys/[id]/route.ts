import { route } from "@/lib/http/route";
import { revokeMyApiKey } from "@/lib/services/api-keys/revoke-api-key";

export const DELETE = route<{ id: string }>(async (_req, ctx, { id }) => {
  await revokeMyApiKey(ctx, id);
  return new Response(null, { status: 204 });
});
