import { json, route } from "@/lib/http/route";
import { forkSpace } from "@/lib/services/spaces/fork-space";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = route<{ slug: string }>(async (_req, ctx, { slug }) => {
  const space = await forkSpace(ctx, slug);
  return json(space, 201, { location: `/api/spaces/${space.slug}` });
});

// Other methods: 405 problem+json with Allow.
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
