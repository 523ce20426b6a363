import { json, route } from "@/lib/http/route";
import { setProtocolPublished } from "@/lib/services/protocols/publish-protocol";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const POST = route<P>(async (_req, ctx, { slug }) => json(await setProtocolPublished(ctx, slug, true)));
export const DELETE = route<P>(async (_req, ctx, { slug }) => json(await setProtocolPublished(ctx, slug, false)));

// Other methods: 405 problem+json with Allow.
export const { GET, PUT, PATCH } = methodNotAllowed(["POST", "DELETE"]);
