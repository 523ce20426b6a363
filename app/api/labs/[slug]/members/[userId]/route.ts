import { route } from "@/lib/http/route";
import { removeLabMember } from "@/lib/services/labs/remove-member";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const DELETE = route<{ slug: string; userId: string }>(async (_req, ctx, { slug, userId }) => {
  await removeLabMember(ctx, slug, userId);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { GET, POST, PUT, PATCH } = methodNotAllowed(["DELETE"]);
