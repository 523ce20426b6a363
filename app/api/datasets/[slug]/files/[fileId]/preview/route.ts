import { json, route } from "@/lib/http/route";
import { previewFile } from "@/lib/services/datasets/preview-file";

export const GET = route<{ slug: string; fileId: string }>(async (req, ctx, { slug, fileId }) =>
  json(await previewFile(ctx, slug, fileId, new URL(req.url).searchParams.get("limit"))),
);
