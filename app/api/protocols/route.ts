import { protocolCreateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { parseListQuery } from "@/lib/services/list-params";
import { createProtocol } from "@/lib/services/protocols/create-protocol";
import { listProtocolsPage } from "@/lib/services/protocols/list-protocols";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = route(async (req, ctx) => json(await listProtocolsPage(ctx, parseListQuery(new URL(req.url)))));

export const POST = route(async (req, ctx) => {
  const protocol = await createProtocol(ctx, await readJson(req, protocolCreateSchema));
  return json(protocol, 201, { location: `/api/protocols/${protocol.slug}` });
});

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
