import { describe, expect, it } from "vitest";
import { formatCount } from "../format";
import { givenValue } from "./option-values";

describe("option values in messages", () => {
  it("quotes the value given", () => {
    expect(givenValue(0)).toBe("got 0");
    expect(givenValue(1_234_567)).toBe("got 1,234,567");
    expect(givenValue(2.5)).toBe("got 2.5");
    expect(givenValue(-3)).toBe("got -3");
    expect(givenValue(Number.NaN)).toBe("the field is empty");
    expect(formatCount(100_000_000)).toBe("100,000,000");
  });
});
