import { describe, expect, it } from "vitest";
import { sanitizeRequestHeaders } from "./identity-headers";

describe("sanitizeRequestHeaders", () => {
  it("strips client-sent identity headers", () => {
    const h = sanitizeRequestHeaders(new Headers({ "x-user-id": "admin", "x-user-role": "admin", accept: "text/html" }));
    expect(h.get("x-user-id")).toBeNull();
    expect(h.get("x-user-role")).toBeNull();
    expect(h.get("accept")).toBe("text/html");
  });

  it("keeps a well-formed request id and replaces a malformed one", () => {
    expect(sanitizeRequestHeaders(new Headers({ "x-request-id": "abcdef123456" })).get("x-request-id")).toBe("abcdef123456");
    const replaced = sanitizeRequestHeaders(new Headers({ "x-request-id": "bad id\n" })).get("x-request-id");
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});
