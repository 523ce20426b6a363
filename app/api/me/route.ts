import { json, route } from "@/lib/http/route";
import { getMe } from "@/lib/services/accounts/get-me";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await getMe(ctx), 200, { "cache-control": "private, no-store" }));

// Other methods: 405 problem+json with Allow.
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
