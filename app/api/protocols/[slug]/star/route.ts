import { json, route } from "@/lib/http/route";
import { setStar } from "@/lib/services/stars/set-star";

type P = { slug: string };

export const PUT = route<P>(async (_req, ctx, { slug }) => json(await setStar(ctx, "protocol", slug, true)));
export const DELETE = route<P>(async (_req, ctx, { slug }) => json(await setStar(ctx, "protocol", slug, false)));
