import { json, route } from "@/lib/http/route";
import { setDatasetPublished } from "@/lib/services/datasets/update-dataset";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const POST = route<P>(async (_req, ctx, { slug }) => json(await setDatasetPublished(ctx, slug, true)));
export const DELETE = route<P>(async (_req, ctx, { slug }) => json(await setDatasetPublished(ctx, slug, false)));

// Other methods: 405 problem+json with Allow.
export const { GET, PUT, PATCH } = methodNotAllowed(["POST", "DELETE"]);
