import type { z } from "zod";

/** Messages zod writes itself (a schema's own message, e.g. "title needs at least 3 characters", is kept). */
const DEFAULT_MESSAGE = /^(?:Invalid input|Invalid option|Invalid string|Invalid (?:element|key)|Too (?:small|big)|Unrecognized key|Number must|String must|Array must|Expected)/;

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${Number(n) === 1 ? one : many}`;

/**
 * A field error's detail in plain words for zod's own messages ("Too small: expected number to be
 * >=1" → "must be at least 1"; "Invalid option: …" → "must be one of: public, private"); messages
 * a schema wrote itself pass unchanged.
 */
export function issueDetail(issue: z.core.$ZodIssue): string {
  if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small": {
      const min = issue.minimum as number | bigint;
      if (issue.origin === "string") return Number(min) <= 1 ? "must not be empty" : `must have at least ${plural(min, "character")}`;
      if (issue.origin === "array" || issue.origin === "set") return `needs at least ${plural(min, "item")}`;
      return issue.inclusive === false ? `must be greater than ${min}` : `must be at least ${min}`;
    }
    case "too_big": {
      const max = issue.maximum as number | bigint;
      if (issue.origin === "string") return `must have at most ${plural(max, "character")}`;
      if (issue.origin === "array" || issue.origin === "set") return `takes at most ${plural(max, "item")}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case "invalid_value":
      return `must be one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "invalid_type":
      return issue.expected === "int" ? "must be a whole number" : `must be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "field" : "fields"}: ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}
