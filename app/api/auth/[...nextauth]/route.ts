import { handlers } from "@/lib/auth/auth-config";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

export const { GET, POST } = handlers;

// Other methods: 405 problem+json with Allow.
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
