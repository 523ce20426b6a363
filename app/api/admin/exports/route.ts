import { json, route } from "@/lib/http/route";
import { exportOverview, triggerAdminExport } from "@/lib/services/exports/export-runs";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await exportOverview(ctx)));

export const POST = route(async (_req, ctx) => json(await triggerAdminExport(ctx), 202));

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
