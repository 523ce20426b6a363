import { json, route } from "@/lib/http/route";
import { getLab } from "@/lib/services/labs/get-lab";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const GET = route<{ slug: string }>(async (_req, ctx, { slug }) => json(await getLab(ctx, slug)));

// Other methods: 405 problem+json with Allow.
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
