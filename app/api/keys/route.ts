import { apiKeyCreateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { listMyApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await listMyApiKeys(ctx), 200, { "cache-control": "private, no-store" }));

/** The secret is in this answer only: never cache it. */
export const POST = route(async (req, ctx) => json(await createApiKey(ctx, await readJson(req, apiKeyCreateSchema)), 201, { "cache-control": "no-store" }));

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
