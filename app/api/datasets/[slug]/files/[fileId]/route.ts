import { route } from "@/lib/http/route";
import { downloadFile } from "@/lib/services/datasets/download-file";

export const GET = route<{ slug: string; fileId: string }>(async (_req, ctx, { slug, fileId }) => downloadFile(ctx, slug, fileId));
