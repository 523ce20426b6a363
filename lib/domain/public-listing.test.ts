import { describe, expect, it } from "vitest";
import { listedPublicly, withdrawnFromPublic } from "./public-listing";

const published = new Date("2026-01-01T00:00:00Z");

describe("public listing", () => {
  it("lists public published datasets and protocols, and public spaces", () => {
    expect(listedPublicly("dataset", { visibility: "public", publishedAt: published })).toBe(true);
    expect(listedPublicly("protocol", { visibility: "public", publishedAt: null })).toBe(false);
    expect(listedPublicly("dataset", { visibility: "private", publishedAt: published })).toBe(false);
    expect(listedPublicly("space", { visibility: "public" })).toBe(true);
    expect(listedPublicly("space", { visibility: "private" })).toBe(false);
  });

  it("calls a change a withdrawal only when a listed object stops being listed", () => {
    const listed = { visibility: "public" as const, publishedAt: published };
    expect(withdrawnFromPublic("dataset", listed, { ...listed, visibility: "private" })).toBe(true);
    expect(withdrawnFromPublic("dataset", listed, { ...listed, publishedAt: null })).toBe(true);
    expect(withdrawnFromPublic("dataset", listed, null)).toBe(true);
    expect(withdrawnFromPublic("dataset", listed, listed)).toBe(false);
    // Never listed: nothing to withdraw.
    expect(withdrawnFromPublic("dataset", { visibility: "private", publishedAt: published }, null)).toBe(false);
    expect(withdrawnFromPublic("protocol", { visibility: "public", publishedAt: null }, null)).toBe(false);
    expect(withdrawnFromPublic("space", { visibility: "public" }, { visibility: "private" })).toBe(true);
  });
});
