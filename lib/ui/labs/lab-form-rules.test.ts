import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/client";
import { errorFor, unclaimedErrors } from "../components/field-errors";
import { LAB_FORM_POINTERS, labFieldErrors, labInputFrom, slugTried, validateLabInput } from "./lab-form-rules";

const raw = { name: "  Coral Reef Genomics ", slug: "", description: "Reef metagenomes.", institution: "  ", visibility: "private" };

/** Problem bodies as lib/http's mapper sends them (see lib/services/slug-conflict.ts). */
const problem = (status: number, body: Record<string, unknown>) => new ApiError(toProblem(status, "", { title: "T", status, code: "x", ...body }));

describe("labInputFrom", () => {
  it("trims, leaves an empty slug out and turns an empty institution into null", () => {
    expect(labInputFrom(raw)).toEqual({ name: "Coral Reef Genomics", description: "Reef metagenomes.", institution: null, visibility: "private" });
    expect(labInputFrom({ ...raw, slug: " reef-lab ", institution: " KAUST ", visibility: "public" })).toMatchObject({ slug: "reef-lab", institution: "KAUST", visibility: "public" });
  });
  it("defaults anything but private to the API's default, public", () => {
    expect(labInputFrom({ ...raw, visibility: "" }).visibility).toBe("public");
  });
});

describe("validateLabInput", () => {
  it("accepts a valid lab", () => {
    expect(validateLabInput(labInputFrom(raw))).toEqual({});
  });
  it("flags the schema's bounds on the matching pointers", () => {
    const errors = validateLabInput(labInputFrom({ ...raw, name: "ab", slug: "Bad Slug", description: "x".repeat(5001), institution: "y".repeat(201) }));
    expect(Object.keys(errors).sort()).toEqual(["/description", "/institution", "/name", "/slug"]);
    expect(validateLabInput(labInputFrom({ ...raw, name: "n".repeat(121) }))["/name"]).toMatch(/at most 120/);
  });
  it("rejects the app's reserved slugs", () => {
    expect(validateLabInput(labInputFrom({ ...raw, slug: "new" }))["/slug"]).toBeDefined();
  });
});

describe("labFieldErrors", () => {
  it("keeps validation pointers next to their fields and leaves unknown ones for the summary", () => {
    const error = problem(400, { errors: [{ pointer: "/name", detail: "too short" }, { pointer: "/visibility", detail: "invalid enum" }, { pointer: "/extra", detail: "unknown key" }] });
    const errors = labFieldErrors(error, labInputFrom(raw));
    expect(errorFor(errors, "/name")).toBe("too short");
    expect(errorFor(errors, "/visibility")).toBe("invalid enum");
    expect(unclaimedErrors(errors, LAB_FORM_POINTERS)).toEqual([["/extra", "unknown key"]]);
  });

  it("puts a 409 on the slug field naming the explicit slug", () => {
    const error = problem(409, { detail: 'A lab with slug "reef-lab" already exists', errors: [{ pointer: "/slug", detail: "slug is taken" }] });
    expect(labFieldErrors(error, labInputFrom({ ...raw, slug: "reef-lab" }))["/slug"]).toBe("“reef-lab” is taken by another lab; choose another slug.");
  });

  it("explains a 409 on a slug derived from the name, even without a pointer", () => {
    const errors = labFieldErrors(problem(409, { detail: "conflict" }), labInputFrom(raw));
    expect(errors["/slug"]).toMatch(/^“coral-reef-genomics” \(derived from the name\) is taken/);
    expect(slugTried(labInputFrom(raw))).toBe("coral-reef-genomics");
  });

  it("returns nothing for non-API errors and leaves other statuses as sent", () => {
    expect(labFieldErrors(new Error("boom"), labInputFrom(raw))).toEqual({});
    expect(labFieldErrors(problem(403, { detail: "This API key is read-only." }), labInputFrom(raw))).toEqual({});
  });
});
