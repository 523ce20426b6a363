import { describe, expect, it } from "vitest";
import { ApiError, parseBody, toProblem, withQuery } from "./client";

describe("toProblem", () => {
  it("keeps a problem+json body and its field errors", () => {
    const p = toProblem(400, "Bad Request", {
      type: "https://cyanea.dev/problems/validation-failed",
      title: "Validation failed",
      status: 400,
      detail: "title needs at least 3 characters",
      code: "validation_failed",
      errors: [{ pointer: "/title", detail: "too short" }],
    });
    const err = new ApiError(p);
    expect(err.detail).toBe("title needs at least 3 characters");
    expect(err.errors).toEqual([{ pointer: "/title", detail: "too short" }]);
    expect(err.isUnavailable).toBe(false);
  });

  it("synthesizes a problem from a plain-text or empty error body", () => {
    expect(toProblem(413, "Payload Too Large", "Request Entity Too Large").detail).toBe("Request Entity Too Large");
    const empty = toProblem(503, "", null);
    expect(empty.title).toBe("Backend unavailable");
    expect(new ApiError(empty).isUnavailable).toBe(true);
  });

  it("falls back to the title when detail is missing", () => {
    expect(toProblem(404, "Not Found", { title: "Not found" }).detail).toBe("Not found");
  });
});

describe("parseBody", () => {
  it("parses JSON only when the content type says so", () => {
    expect(parseBody("application/problem+json", '{"a":1}')).toEqual({ a: 1 });
    expect(parseBody("text/plain", '{"a":1}')).toBe('{"a":1}');
    expect(parseBody("application/json", "")).toBeNull();
    expect(parseBody("application/json", "{broken")).toBe("{broken");
  });
});

describe("withQuery", () => {
  it("drops empty values and encodes the rest", () => {
    expect(withQuery("/api/datasets", { q: "", format: undefined, tag: "e coli", mine: true, limit: 25, cursor: null })).toBe("/api/datasets?tag=e+coli&mine=1&limit=25");
    expect(withQuery("/api/x", {})).toBe("/api/x");
    expect(withQuery("/api/datasets/a/files/b/preview?x=1", { limit: 50 })).toBe("/api/datasets/a/files/b/preview?x=1&limit=50");
  });
});

describe("ApiError.detail", () => {
  const problem = (status: number, detail: string) => toProblem(status, "", { title: "T", status, detail, code: "x", requestId: "req-42" });
  it("names the request id when the message asks for it or the server failed", () => {
    expect(new ApiError(problem(403, "Blocked by the firewall. Quote the request id when reporting a false positive.")).detail).toMatch(/\(request id req-42\)$/);
    expect(new ApiError(problem(500, "Internal error")).detail).toBe("Internal error (request id req-42)");
  });
  it("leaves ordinary client errors as they are", () => {
    expect(new ApiError(problem(422, "title is required")).detail).toBe("title is required");
  });
});
