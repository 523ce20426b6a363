import { labMemberSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { setLabMember } from "@/lib/services/labs/set-member";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

/** 201 when the user joined, 200 when an existing member's role changed. */
export const POST = route<{ slug: string }>(async (req, ctx, { slug }) => {
  const { member, created } = await setLabMember(ctx, slug, await readJson(req, labMemberSchema));
  return json(member, created ? 201 : 200);
});

// Other methods: 405 problem+json with Allow.
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
