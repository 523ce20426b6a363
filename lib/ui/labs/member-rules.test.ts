import { describe, expect, it } from "vitest";
import type { LabMemberDto } from "@/lib/domain/api-types";
import { looksLikeEmail, memberChange, memberChangeMessage, memberName, sortMembers } from "./member-rules";

const member = (id: string, name: string, role: LabMemberDto["role"]): LabMemberDto => ({
  user: { id, handle: name.toLowerCase().replace(/\s+/g, "-") || `user-${id}`, name },
  role,
  joinedAt: "2026-01-01T00:00:00.000Z",
});

const ines = member("u1", "Ines Carvalho", "owner");
const henrik = member("u2", "Henrik Aalto", "member");
const anon = member("u3", "", "member");

describe("sortMembers", () => {
  it("lists owners first, then members by name, without mutating the input", () => {
    const input = [henrik, anon, member("u4", "zoe", "owner"), ines];
    expect(sortMembers(input).map((m) => m.user.id)).toEqual(["u1", "u4", "u3", "u2"]);
    expect(input[0]).toBe(henrik);
  });
});

describe("memberName", () => {
  it("falls back to the handle", () => {
    expect(memberName(ines)).toBe("Ines Carvalho");
    expect(memberName(anon)).toBe("@user-u3");
  });
});

describe("memberChange", () => {
  it("tells an added member from a role change", () => {
    expect(memberChange([ines], henrik)).toBe("added");
    expect(memberChange(null, henrik)).toBe("added");
    expect(memberChange([ines, henrik], { ...henrik, role: "owner" })).toBe("role_changed");
    expect(memberChange([ines, henrik], henrik)).toBe("unchanged");
  });
  it("says what happened", () => {
    expect(memberChangeMessage("added", henrik)).toBe("Added Henrik Aalto as a member.");
    expect(memberChangeMessage("role_changed", { ...henrik, role: "owner" })).toBe("Henrik Aalto is now an owner.");
    expect(memberChangeMessage("unchanged", ines)).toBe("Ines Carvalho is already an owner.");
  });
});

describe("looksLikeEmail", () => {
  it("accepts one @ with text on both sides and no spaces", () => {
    expect(looksLikeEmail(" admin@cyanea.test ")).toBe(true);
    expect(looksLikeEmail("admin")).toBe(false);
    expect(looksLikeEmail("a b@c.d")).toBe(false);
    expect(looksLikeEmail("a@b@c")).toBe(false);
    expect(looksLikeEmail("")).toBe(false);
  });
});
