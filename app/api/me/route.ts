import { json, route } from "@/lib/http/route";
import { getMe } from "@/lib/services/accounts/get-me";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await getMe(ctx), 200, { "cache-control": "private, no-store" }));
