import { protocolUpdateSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { removeProtocol } from "@/lib/services/protocols/delete-protocol";
import { getProtocol } from "@/lib/services/protocols/get-protocol";
import { updateProtocolContent } from "@/lib/services/protocols/update-protocol";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string };

export const GET = route<P>(async (_req, ctx, { slug }) => json(await getProtocol(ctx, slug)));

export const PATCH = route<P>(async (req, ctx, { slug }) => json(await updateProtocolContent(ctx, slug, await readJson(req, protocolUpdateSchema))));

export const DELETE = route<P>(async (_req, ctx, { slug }) => {
  await removeProtocol(ctx, slug);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { POST, PUT } = methodNotAllowed(["GET", "PATCH", "DELETE"]);
