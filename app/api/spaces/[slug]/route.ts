import { spaceUpdateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { removeSpace } from "@/lib/services/spaces/delete-space";
import { getSpace } from "@/lib/services/spaces/get-space";
import { updateSpaceContent } from "@/lib/services/spaces/update-space";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const GET = route<P>(async (_req, ctx, { slug }) => json(await getSpace(ctx, slug)));

export const PATCH = route<P>(async (req, ctx, { slug }) => json(await updateSpaceContent(ctx, slug, await readJson(req, spaceUpdateSchema))));

export const DELETE = route<P>(async (_req, ctx, { slug }) => {
  await removeSpace(ctx, slug);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { POST, PUT } = methodNotAllowed(["GET", "PATCH", "DELETE"]);
