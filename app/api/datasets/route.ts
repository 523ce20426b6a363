import { json, route } from "@/lib/http/route";
import { createDatasetFromUpload } from "@/lib/services/datasets/create-dataset";
import { assertNoMultipartBody } from "@/lib/services/datasets/upload-edge-bypass";
import { uploadRateLimiter } from "@/lib/services/datasets/upload-rate-limit";
import { listDatasetsPage } from "@/lib/services/datasets/list-datasets";
import { parseListQuery } from "@/lib/services/list-params";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (req, ctx) => {
  assertNoMultipartBody(req);
  return json(await listDatasetsPage(ctx, parseListQuery(new URL(req.url))));
});

// Multipart uploads skip the edge (middleware.ts): the rate limit and the WAF run here.
export const POST = route(async (req, ctx) => {
  const rateLimitHeaders = uploadRateLimiter().take(ctx, req);
  const dataset = await createDatasetFromUpload(ctx, req);
  return json(dataset, 201, { location: `/api/datasets/${dataset.slug}`, ...rateLimitHeaders });
});

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
