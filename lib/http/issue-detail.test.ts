import { z } from "zod";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { validate } from "./json-body";

function details(schema: z.ZodType, value: unknown): string[] {
  try {
    validate(schema, value);
  } catch (err) {
    if (err instanceof AppError) return (err.errors ?? []).map((e) => `${e.pointer} ${e.detail}`);
    throw err;
  }
  return [];
}

describe("field error details", () => {
  it("puts zod's own messages in plain words", () => {
    const schema = z.strictObject({
      limit: z.number().int().min(1).max(100),
      visibility: z.enum(["public", "private"]),
      name: z.string().min(1).max(5),
      tags: z.array(z.string()).max(2),
      offset: z.number().optional(),
    });
    expect(details(schema, { limit: 0, visibility: "secret", name: "", tags: ["a", "b", "c"], offset: "x", bogus: 1 })).toEqual([
      "/limit must be at least 1",
      "/visibility must be one of: public, private",
      "/name must not be empty",
      "/tags takes at most 2 items",
      "/offset must be a number",
      "/ unknown field: bogus",
    ]);
    expect(details(z.object({ limit: z.number().int().max(100) }), { limit: 1.5 })).toEqual(["/limit must be a whole number"]);
    expect(details(z.object({ name: z.string().max(5) }), { name: "toolong" })).toEqual(["/name must have at most 5 characters"]);
  });

  it("keeps a schema's own message", () => {
    expect(details(z.object({ title: z.string().min(3, "title needs at least 3 characters") }), { title: "x" })).toEqual(["/title title needs at least 3 characters"]);
  });
});
