import { AppError } from "@/lib/errors/app-error";
import { problemResponse } from "@/lib/http/problem";
import { requestIdOf } from "@/lib/http/request-id";

/** Unknown API paths answer problem+json, not the HTML not-found page. */
function notFound(req: Request): Response {
  const requestId = requestIdOf(req);
  return problemResponse(new AppError("not_found", `No API route at ${new URL(req.url).pathname}`), requestId);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
