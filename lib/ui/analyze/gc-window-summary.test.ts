import { describe, expect, it } from "vitest";
import { gcWindowsSummary } from "./gc-window-summary";

describe("gcWindowsSummary", () => {
  it("counts the windows", () => {
    expect(gcWindowsSummary({ starts: [0, 500, 1000], gcPercent: [40, 50, 60], gcSkew: [0, 0, 0] }, { window: 1000, step: 500 })).toEqual({ text: "3 windows of 1,000 bp, one every 500 bp.", single: false });
  });

  it("explains a single window and gives its values instead of an empty plot", () => {
    const { text, single } = gcWindowsSummary({ starts: [0], gcPercent: [45.2149], gcSkew: [0.0517] }, { window: 1000, step: 500 });
    expect(single).toBe(true);
    expect(text).toContain("One window only: the record is shorter than the window plus one step (1,500 bp)");
    expect(text).toContain("GC 45.21 %, GC skew 0.052.");
    expect(text).toContain("choose a smaller window or step");
    expect(gcWindowsSummary({ starts: [0], gcPercent: [null], gcSkew: [null] }, { window: 10, step: 5 }).text).toContain("GC not defined (no A, C, G or T), GC skew not defined (no G or C)");
  });

  it("says when there is no window at all", () => {
    expect(gcWindowsSummary({ starts: [], gcPercent: [], gcSkew: [] }, { window: 10, step: 5 }).text).toBe("No windows: the record has no bases.");
  });
});
