import { describe, expect, it } from "vitest";
import { formatExportCounts } from "./export-counts";

describe("formatExportCounts", () => {
  it("reads the per-file counts of a manifest or run", () => {
    expect(formatExportCounts({ "datasets.json": 100014, "protocols.json": 8, "spaces.json": 7, "labs.json": 5, "stats.json": 1 })).toBe(
      "100,014 datasets, 8 protocols, 7 spaces, 5 labs",
    );
  });
  it("says so when there is nothing to show", () => {
    expect(formatExportCounts(null)).toBe("—");
    expect(formatExportCounts({ "stats.json": 1 })).toBe("—");
  });
});
