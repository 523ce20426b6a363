import { route } from "@/lib/http/route";
import { removeLabMember } from "@/lib/services/labs/remove-member";

export const DELETE = route<{ slug: string; userId: string }>(async (_req, ctx, { slug, userId }) => {
  await removeLabMember(ctx, slug, userId);
  return new Response(null, { status: 204 });
});
