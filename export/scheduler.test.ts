import { describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_INTERVAL_MS, parseExportInterval } from "./scheduler";
import { SNAPSHOT_ID_PATTERN } from "./snapshot-schema";
import { newSnapshotId } from "./snapshot-store";

describe("parseExportInterval (EXPORT_INTERVAL)", () => {
  it("defaults to 15 minutes and reads ms, s, m and h", () => {
    expect(parseExportInterval(undefined)).toBe(DEFAULT_EXPORT_INTERVAL_MS);
    expect(parseExportInterval("")).toBe(15 * 60_000);
    expect(parseExportInterval("900000")).toBe(900_000);
    expect(parseExportInterval("90s")).toBe(90_000);
    expect(parseExportInterval("15m")).toBe(900_000);
    expect(parseExportInterval("1h")).toBe(3_600_000);
    expect(parseExportInterval("2500ms")).toBe(2500);
  });

  it("rejects garbage and intervals under a second", () => {
    for (const bad of ["soon", "-5m", "10 minutes", "0", "500ms"]) expect(() => parseExportInterval(bad), bad).toThrow(/EXPORT_INTERVAL/);
  });
});

describe("newSnapshotId", () => {
  it("is the export clock to the second plus a random suffix, and sorts by time", () => {
    const a = newSnapshotId(new Date("2026-12-03T17:45:01.999Z"));
    expect(a).toMatch(SNAPSHOT_ID_PATTERN);
    expect(a.startsWith("20261203T174501Z-")).toBe(true);
    const b = newSnapshotId(new Date("2026-12-03T17:45:02.000Z"));
    expect([b, a].sort()).toEqual([a, b]);
  });
});
