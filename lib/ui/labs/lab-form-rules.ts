import type { Visibility } from "@/lib/domain/access";
import { isValidSlug, slugify } from "@/lib/domain/slug";
import { isApiError } from "../api/client";
import { fieldErrorsOf, type FieldErrors } from "../components/field-errors";

/** The body of `POST /api/labs` (`labCreateSchema`); `slug` absent means "derive it from the name". */
export interface LabInput {
  name: string;
  slug?: string;
  description: string;
  institution: string | null;
  visibility: Visibility;
}

/** Pointers that have a control on the new-lab form; any other pointer goes to the form's summary. */
export const LAB_FORM_POINTERS = ["/name", "/slug", "/description", "/institution", "/visibility"] as const;

// Mirrors labCreateSchema's bounds so the common mistakes never need a round trip; the API stays the judge.
const NAME_MIN = 3;
const NAME_MAX = 120;
const DESCRIPTION_MAX = 5_000;
const INSTITUTION_MAX = 200;

/** The request body from the raw form values: trimmed, empty optional fields left out or null. */
export function labInputFrom(raw: { name: string; slug: string; description: string; institution: string; visibility: string }): LabInput {
  const input: LabInput = {
    name: raw.name.trim(),
    description: raw.description,
    institution: raw.institution.trim() || null,
    visibility: raw.visibility === "private" ? "private" : "public",
  };
  const slug = raw.slug.trim();
  if (slug !== "") input.slug = slug;
  return input;
}

/** Errors the browser can see before sending, keyed like the API's pointers. */
export function validateLabInput(input: LabInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.name.length < NAME_MIN) errors["/name"] = `Name needs at least ${NAME_MIN} characters.`;
  else if (input.name.length > NAME_MAX) errors["/name"] = `Name can have at most ${NAME_MAX} characters.`;
  if (input.slug !== undefined && !isValidSlug(input.slug)) errors["/slug"] = "Use 3–80 lowercase letters, digits or single hyphens (not new, edit, api, admin, app or settings).";
  if (input.description.length > DESCRIPTION_MAX) errors["/description"] = `At most ${DESCRIPTION_MAX.toLocaleString("en-US")} characters.`;
  if (input.institution !== null && input.institution.length > INSTITUTION_MAX) errors["/institution"] = `At most ${INSTITUTION_MAX} characters.`;
  return errors;
}

/** The slug the API will try for this input: the explicit one, else the one derived from the name. */
export function slugTried(input: Pick<LabInput, "name" | "slug">): string {
  return input.slug ?? slugify(input.name);
}

/**
 * Field errors of a failed `POST /api/labs`, keyed by JSON pointer. A 409 is always a slug
 * conflict and always lands on `/slug` (with or without a pointer), naming the slug that was
 * tried: the API does not number a derived lab slug (`-2`, …), so a taken name needs a slug typed in.
 */
export function labFieldErrors(error: unknown, input: Pick<LabInput, "name" | "slug"> | undefined): FieldErrors {
  const errors = fieldErrorsOf(error);
  if (!isApiError(error) || error.status !== 409) return errors;
  const slug = input ? slugTried(input) : "";
  const explicit = input?.slug !== undefined;
  if (!slug) errors["/slug"] = errors["/slug"] ?? "This slug is taken; choose another.";
  else if (explicit) errors["/slug"] = `“${slug}” is taken by another lab; choose another slug.`;
  else errors["/slug"] = `“${slug}” (derived from the name) is taken by another lab; enter a different slug.`;
  return errors;
}
