import { describe, expect, it } from "vitest";
import { REQUEST_ID_PATTERN } from "./identity-headers";

describe("REQUEST_ID_PATTERN", () => {
  it("accepts well-formed ids and refuses malformed ones", () => {
    expect(REQUEST_ID_PATTERN.test("abcdef123456")).toBe(true);
    expect(REQUEST_ID_PATTERN.test("bad id\n")).toBe(false);
    expect(REQUEST_ID_PATTERN.test("short")).toBe(false);
  });
});
