import { signUpSchema } from "@/lib/domain/schemas";
import { readJson } from "@/lib/http/json-body";
import { json, route } from "@/lib/http/route";
import { signUp } from "@/lib/services/accounts/sign-up";

export const POST = route(async (req) => json(await signUp(await readJson(req, signUpSchema)), 201));
