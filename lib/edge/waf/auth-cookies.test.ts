import { describe, expect, it } from "vitest";
import { DEFAULT_WAF_CONFIG, inspectRequest } from "./index";

const base = { method: "GET", path: "/api/me", rawQuery: "" };
const headers = { host: "localhost:3917", "user-agent": "Mozilla/5.0", accept: "*/*" };

describe("WAF and the app's own auth cookies", () => {
  it("does not block a signed-in browser on a local instance (callback URL to localhost)", () => {
    const cookie = "authjs.csrf-token=abc%7Cdef; authjs.callback-url=http%3A%2F%2Flocalhost%3A3917%2Fapp; authjs.session-token=eyJhbGciOiJkaXIifQ..a.b.c";
    expect(inspectRequest({ ...base, headers: { ...headers, cookie } }, DEFAULT_WAF_CONFIG).action).toBe("allow");
  });

  it("still inspects other cookies", () => {
    const cookie = "other=http%3A%2F%2F127.0.0.1%2Fadmin";
    expect(inspectRequest({ ...base, headers: { ...headers, cookie } }, DEFAULT_WAF_CONFIG).action).toBe("block");
  });
});
