import { json, route } from "@/lib/http/route";
import { previewFile } from "@/lib/services/datasets/preview-file";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const GET = route<{ slug: string; fileId: string }>(async (req, ctx, { slug, fileId }) =>
  json(await previewFile(ctx, slug, fileId, new URL(req.url).searchParams.get("limit"))),
);

// Other methods: 405 problem+json with Allow.
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
