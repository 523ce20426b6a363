import { describe, expect, it } from "vitest";
import { formatBytes, formatPercent, formatRelative, parseTags, plural, shortHash } from "./format";

describe("formatBytes", () => {
  it("keeps bytes exact below 1 KB and uses one decimal above", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1024)).toBe("1.0 KB");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(512 * 1024 * 1024)).toBe("512.0 MB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GB");
  });
  it("renders nonsense as a dash", () => {
    expect(formatBytes(-1)).toBe("—");
    expect(formatBytes(Number.NaN)).toBe("—");
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2025-03-12T12:00:00Z");
  it("says just now, minutes, hours and days", () => {
    expect(formatRelative("2025-03-12T11:59:50Z", now)).toBe("just now");
    expect(formatRelative("2025-03-12T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2025-03-12T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2025-03-11T12:00:00Z", now)).toBe("yesterday");
  });
  it("falls back to a short date after four weeks, and echoes invalid input", () => {
    expect(formatRelative("2024-12-01T12:00:00Z", now)).toBe("1 Dec 2024");
    expect(formatRelative("not a date", now)).toBe("not a date");
  });
});

describe("small helpers", () => {
  it("parses comma-separated tags, trimmed and deduplicated", () => {
    expect(parseTags(" plasmid, cloning vector,,plasmid ,")).toEqual(["plasmid", "cloning vector"]);
    expect(parseTags("")).toEqual([]);
  });
  it("shortens hashes and pluralizes", () => {
    expect(shortHash("a".repeat(64))).toBe(`${"a".repeat(12)}…`);
    expect(shortHash("abc")).toBe("abc");
    expect(plural(1, "file")).toBe("1 file");
    expect(plural(1200, "file")).toBe("1,200 files");
    expect(formatPercent(41.234)).toBe("41.2 %");
    expect(formatPercent(null)).toBe("—");
  });
});
