import { describe, expect, it } from "vitest";
import { linearScale, niceTicks, tickLabel } from "./ticks";

describe("chart ticks", () => {
  it("picks round steps", () => {
    expect(niceTicks(0, 9609, 6)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(niceTicks(0, 100, 4)).toEqual([0, 50, 100]);
    expect(niceTicks(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });

  it("scales linearly", () => {
    const s = linearScale(0, 10, 100, 200);
    expect(s(5)).toBe(150);
    expect(linearScale(3, 3, 0, 10)(3)).toBe(5);
  });

  it("labels briefly", () => {
    expect(tickLabel(12000)).toBe("12k");
    expect(tickLabel(2_500_000)).toBe("2.5M");
    expect(tickLabel(0.25)).toBe("0.25");
    expect(tickLabel(2000)).toBe("2000");
  });
});
