import { labCreateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { createLab } from "@/lib/services/labs/create-lab";
import { listVisibleLabs } from "@/lib/services/labs/list-labs";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await listVisibleLabs(ctx)));

export const POST = route(async (req, ctx) => {
  const lab = await createLab(ctx, await readJson(req, labCreateSchema));
  return json(lab, 201, { location: `/api/labs/${lab.slug}` });
});

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
