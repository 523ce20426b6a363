import { describe, expect, it } from "vitest";
import { methodNotAllowed } from "./method-not-allowed";

describe("methodNotAllowed", () => {
  it("answers 405 problem+json with Allow listing the route's methods", async () => {
    const { PUT } = methodNotAllowed(["GET", "POST"]);
    const res = PUT(new Request("http://localhost/api/datasets", { method: "PUT", headers: { "x-request-id": "req-00000001" } }));
    expect(res.status).toBe(405);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(await res.json()).toMatchObject({
      status: 405,
      code: "method_not_allowed",
      title: "Method not allowed",
      requestId: "req-00000001",
      detail: "PUT is not supported on /api/datasets; allowed: GET, POST, HEAD, OPTIONS.",
      allow: ["GET", "POST", "HEAD", "OPTIONS"],
    });
  });

  it("omits HEAD when the route has no GET", () => {
    const { GET } = methodNotAllowed(["DELETE"]);
    expect(GET(new Request("http://localhost/api/keys/x")).headers.get("allow")).toBe("DELETE, OPTIONS");
  });
});
