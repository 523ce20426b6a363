import { labMemberRoleSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { changeLabMemberRole } from "@/lib/services/labs/change-member-role";
import { removeLabMember } from "@/lib/services/labs/remove-member";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

type P = { slug: string; userId: string };

export const PATCH = route<P>(async (req, ctx, { slug, userId }) => json(await changeLabMemberRole(ctx, slug, userId, await readJson(req, labMemberRoleSchema, 8 * 1024))));

export const DELETE = route<P>(async (_req, ctx, { slug, userId }) => {
  await removeLabMember(ctx, slug, userId);
  return new Response(null, { status: 204 });
});

// Other methods: 405 problem+json with Allow.
export const { GET, POST, PUT } = methodNotAllowed(["PATCH", "DELETE"]);
