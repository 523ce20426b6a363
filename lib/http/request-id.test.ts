import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("keeps a well-formed id and replaces a missing, malformed or oversized one", () => {
    const at = (id?: string) => requestIdOf(new Request("http://localhost/api/x", { headers: id === undefined ? {} : { "x-request-id": id } }));
    expect(at("edge-0123456789abcdef")).toBe("edge-0123456789abcdef");
    expect(at()).toMatch(UUID);
    expect(at("<script>alert(1)</script>")).toMatch(UUID);
    expect(at("x".repeat(129))).toMatch(UUID);
    expect(at("short")).toMatch(UUID);
  });
});
