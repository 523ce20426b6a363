import { route } from "@/lib/http/route";
import { downloadFile } from "@/lib/services/datasets/download-file";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const GET = route<{ slug: string; fileId: string }>(async (req, ctx, { slug, fileId }) => downloadFile(ctx, req, slug, fileId));

// Other methods: 405 problem+json with Allow.
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
