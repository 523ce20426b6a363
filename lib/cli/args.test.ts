import { describe, expect, it } from "vitest";
import { intOption, parseCommandArgs } from "./args";
import { UsageError } from "./errors";
import { memoryIO } from "./io";
import { main } from "./main";

describe("parseCommandArgs", () => {
  const options = { k: { type: "string", short: "k" }, "min-aa": { type: "string" }, json: { type: "boolean" } } as const;

  it("takes a negative number after a string option as its value", () => {
    expect(parseCommandArgs(["-k", "-1", "f.fa"], options)).toMatchObject({ values: { k: "-1" }, positionals: ["f.fa"] });
    expect(parseCommandArgs(["--min-aa", "-0.5"], options).values["min-aa"]).toBe("-0.5");
    expect(parseCommandArgs(["--min-aa", "-.5"], options).values["min-aa"]).toBe("-.5");
    expect(() => intOption("k", parseCommandArgs(["-k", "-1"], options).values.k, 0, 1, 31)).toThrow("-k must be between 1 and 31, got -1");
  });

  it("still refuses a missing value and unknown options", () => {
    expect(() => parseCommandArgs(["-k", "--json"], options)).toThrow(UsageError);
    expect(() => parseCommandArgs(["--json", "-1"], options)).toThrow(UsageError);
    expect(() => parseCommandArgs(["--nope"], options)).toThrow(UsageError);
    expect(parseCommandArgs(["--", "-1"], options).positionals).toEqual(["-1"]);
  });
});

describe("negative option values reach the commands' own checks", () => {
  it.each([
    [["orfs", "-", "--min-aa", "-1"], "cyanea orfs: --min-aa must be between"],
    [["align", "-", "b.fa", "--gap-open", "-1"], "cyanea align: --gap-open must be between 0 and"],
    [["stats", "-", "--max-rows", "-5"], "cyanea stats: --max-rows must be between 0 and"],
  ])("%j", async (args, message) => {
    const io = memoryIO(">a\nACGT\n");
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toContain("ambiguous");
  });
});
