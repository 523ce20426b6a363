import { json, route } from "@/lib/http/route";
import { exportOverview, triggerAdminExport } from "@/lib/services/exports/export-runs";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, ctx) => json(await exportOverview(ctx)));

export const POST = route(async (_req, ctx) => json(await triggerAdminExport(ctx), 202));
