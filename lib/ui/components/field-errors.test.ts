import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/client";
import { errorFor, fieldErrorsOf, unclaimedErrors } from "./field-errors";

const error = new ApiError(
  toProblem(400, "", {
    title: "Validation failed",
    detail: "2 fields are invalid",
    errors: [
      { pointer: "/title", detail: "too short" },
      { pointer: "/steps/2/title", detail: "required" },
      { pointer: "/tags/0", detail: "bad tag" },
      { pointer: "/tags/0", detail: "too long" },
      { pointer: "/settings", detail: "not allowed" },
    ],
  }),
);

describe("field errors", () => {
  it("keys errors by pointer and joins repeats", () => {
    expect(fieldErrorsOf(error)["/tags/0"]).toBe("bad tag too long");
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
  });

  it("matches a pointer and everything beneath it, with aliases", () => {
    const errors = fieldErrorsOf(error);
    expect(errorFor(errors, "/title")).toBe("too short");
    expect(errorFor(errors, "/tags")).toBe("bad tag too long");
    expect(errorFor(errors, "/steps/2/title")).toBe("required");
    expect(errorFor(errors, "/file", "/title")).toBe("too short");
    expect(errorFor(errors, "/tit")).toBeUndefined();
  });

  it("lists errors no control claims", () => {
    expect(unclaimedErrors(fieldErrorsOf(error), ["/title", "/tags", "/steps"])).toEqual([["/settings", "not allowed"]]);
  });
});
