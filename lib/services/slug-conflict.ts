import { AppError } from "@/lib/errors/app-error";

/** The 409 for a taken slug, pointing at `/slug`. */
export function slugConflict(what: string, slug: string): AppError {
  return new AppError("conflict", `A ${what} with slug "${slug}" already exists`, { errors: [{ pointer: "/slug", detail: "slug is taken" }] });
}
