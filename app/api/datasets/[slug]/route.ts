import { datasetPatchSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { removeDataset } from "@/lib/services/datasets/delete-dataset";
import { getDataset } from "@/lib/services/datasets/get-dataset";
import { updateDatasetMetadata } from "@/lib/services/datasets/update-dataset";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const GET = route<P>(async (_req, ctx, { slug }) => json(await getDataset(ctx, slug)));

export const PATCH = route<P>(async (req, ctx, { slug }) => json(await updateDatasetMetadata(ctx, slug, await readJson(req, datasetPatchSchema))));

export const DELETE = route<P>(async (_req, ctx, { slug }) => {
  await removeDataset(ctx, slug);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { POST, PUT } = methodNotAllowed(["GET", "PATCH", "DELETE"]);
