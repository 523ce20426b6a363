import { json, route } from "@/lib/http/route";
import { createDatasetFromUpload } from "@/lib/services/datasets/create-dataset";
import { listDatasetsPage } from "@/lib/services/datasets/list-datasets";
import { parseListQuery } from "@/lib/services/list-params";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (req, ctx) => json(await listDatasetsPage(ctx, parseListQuery(new URL(req.url)))));

export const POST = route(async (req, ctx) => {
  const dataset = await createDatasetFromUpload(ctx, req);
  return json(dataset, 201, { location: `/api/datasets/${dataset.slug}` });
});

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
