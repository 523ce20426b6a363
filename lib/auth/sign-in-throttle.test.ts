import { describe, expect, it } from "vitest";
import { createPipelineConfig } from "@/lib/edge/config";
import { createSignInThrottle } from "./sign-in-throttle";

const config = (env: Record<string, string> = {}) => createPipelineConfig({}, { AUTH_SECRET: "x".repeat(32), ...env }).rateLimit;
const from = (ip: string) => new Headers({ "x-real-ip": ip });

describe("sign-in throttle for the form actions", () => {
  it("refuses the 11th attempt a minute from one address and recovers", () => {
    const t = createSignInThrottle(config());
    const now = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10; i++) expect(t.check(from("203.0.113.5"), `user${i}@example.org`, now)).toBeNull();
    expect(t.check(from("203.0.113.5"), "other@example.org", now)).toBe(6);
    expect(t.check(from("203.0.113.6"), "other@example.org", now)).toBeNull();
    expect(t.check(from("203.0.113.5"), "other@example.org", now + 6_000)).toBeNull();
  });

  it("refuses an account after 10 attempts from any addresses, case-insensitively", () => {
    const t = createSignInThrottle(config());
    const now = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10; i++) expect(t.check(from(`198.51.100.${i}`), i % 2 ? "Victim@Example.org" : "victim@example.org ", now)).toBeNull();
    expect(t.check(from("198.51.100.200"), "VICTIM@example.org", now)).toBe(90);
    expect(t.check(from("198.51.100.200"), "someone@example.org", now)).toBeNull();
  });

  it("names the longer wait when both the address and the account are refused", () => {
    const t = createSignInThrottle(config());
    const now = Date.UTC(2026, 0, 1);
    // Ten attempts on one account from one address empty both buckets.
    for (let i = 0; i < 10; i++) expect(t.check(from("203.0.113.7"), "locked@example.org", now)).toBeNull();
    // The address recovers a token in 6 s, the account in 90 s: the answer is the account's.
    expect(t.check(from("203.0.113.7"), "locked@example.org", now)).toBe(90);
    expect(t.check(from("203.0.113.7"), "locked@example.org", now + 1_000)).toBe(89);
  });

  it("scales with CYANEA_RATE_LIMIT_SCALE", () => {
    const t = createSignInThrottle(config({ CYANEA_RATE_LIMIT_SCALE: "3" }));
    const now = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 30; i++) expect(t.check(from("203.0.113.9"), "a@example.org", now)).toBeNull();
    expect(t.check(from("203.0.113.9"), "a@example.org", now)).not.toBeNull();
  });
});
