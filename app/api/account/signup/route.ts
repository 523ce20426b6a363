import { signUpSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { signUp } from "@/lib/services/accounts/sign-up";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = route(async (req) => json(await signUp(await readJson(req, signUpSchema)), 201));

// Other methods: 405 problem+json with Allow.
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
