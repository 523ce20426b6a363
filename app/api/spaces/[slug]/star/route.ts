import { json, route } from "@/lib/http/route";
import { setStar } from "@/lib/services/stars/set-star";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const PUT = route<P>(async (_req, ctx, { slug }) => json(await setStar(ctx, "space", slug, true)));
export const DELETE = route<P>(async (_req, ctx, { slug }) => json(await setStar(ctx, "space", slug, false)));

// Other methods: 405 problem+json with Allow.
export const { GET, POST, PATCH } = methodNotAllowed(["PUT", "DELETE"]);
