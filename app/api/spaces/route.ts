import { spaceCreateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { parseListQuery } from "@/lib/services/list-params";
import { createSpace } from "@/lib/services/spaces/create-space";
import { listSpacesPage } from "@/lib/services/spaces/list-spaces";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (req, ctx) => json(await listSpacesPage(ctx, parseListQuery(new URL(req.url)))));

export const POST = route(async (req, ctx) => {
  const space = await createSpace(ctx, await readJson(req, spaceCreateSchema));
  return json(space, 201, { location: `/api/spaces/${space.slug}` });
});

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
