import { json, route } from "@/lib/http/route";
import { getLab } from "@/lib/services/labs/get-lab";

export const GET = route<{ slug: string }>(async (_req, ctx, { slug }) => json(await getLab(ctx, slug)));
