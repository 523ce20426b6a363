import { describe, expect, it } from "vitest";
import { drawSeries } from "./line-path";
import { linearScale } from "./ticks";

const sx = linearScale(0, 10, 0, 100);
const sy = linearScale(0, 100, 100, 0);

describe("drawSeries", () => {
  it("draws a line through adjacent points, broken at nulls", () => {
    expect(drawSeries([0, 5, 10], [0, 50, 100], sx, sy)).toEqual({ d: "M0,100L50,50L100,0", dots: [] });
    expect(drawSeries([0, 2, 4, 6, 8], [10, 20, null, 30, 40], sx, sy).d).toBe("M0,90L20,80M60,70L80,60");
  });

  it("draws a dot for a point without neighbours, so one window is not an empty plot", () => {
    // A single window: the scale of a zero-width domain puts it in the middle.
    const one = drawSeries([0], [42], linearScale(0, 0, 0, 100), sy);
    expect(one).toEqual({ d: "", dots: [{ x: 50, y: 58 }] });
    // A lone point between gaps.
    expect(drawSeries([0, 2, 4, 6], [null, 20, null, Number.NaN], sx, sy)).toEqual({ d: "", dots: [{ x: 20, y: 80 }] });
  });
});
