import { describe, expect, it } from "vitest";
import { GC_WINDOW_LIMITS, gcWindowsInputProblem, gcWindowsOptionProblems, oneBasedRecordMessage } from "./gc-window-checks";
import type { InputPeek } from "./input-peek";

const twoRecords: InputPeek = {
  records: [
    { id: "chr1", length: 5685 },
    { id: "chr2", length: 120 },
  ],
  complete: true,
  molecule: "dna",
};

describe("GC window options", () => {
  const ok = { window: 1000, step: 500, recordIndex: 0 };

  it("accepts whole numbers in range with a step no longer than the window", () => {
    expect(gcWindowsOptionProblems(ok)).toEqual([]);
    expect(gcWindowsOptionProblems({ window: 1, step: 1, recordIndex: 0 })).toEqual([]);
    expect(gcWindowsOptionProblems({ window: GC_WINDOW_LIMITS.maxWindowBp, step: GC_WINDOW_LIMITS.maxWindowBp, recordIndex: 9 })).toEqual([]);
  });

  it("names the allowed range and the value given for the window", () => {
    expect(gcWindowsOptionProblems({ ...ok, window: 0 })).toEqual(["Window size must be a whole number from 1 to 100,000,000 bases; got 0."]);
    expect(gcWindowsOptionProblems({ ...ok, window: 2.5 })).toEqual(["Window size must be a whole number from 1 to 100,000,000 bases; got 2.5."]);
    expect(gcWindowsOptionProblems({ ...ok, window: 200_000_000 })).toEqual(["Window size must be a whole number from 1 to 100,000,000 bases; got 200,000,000."]);
    expect(gcWindowsOptionProblems({ ...ok, window: Number.NaN })).toEqual(["Window size must be a whole number from 1 to 100,000,000 bases; the field is empty."]);
  });

  it("refuses a step of zero or longer than the window, naming the window", () => {
    expect(gcWindowsOptionProblems({ ...ok, step: 0 })).toEqual(["Step must be a whole number from 1 to the window size (1,000 bases), so that no base is skipped; got 0."]);
    expect(gcWindowsOptionProblems({ ...ok, step: 1001 })).toEqual(["Step must be a whole number from 1 to the window size (1,000 bases), so that no base is skipped; got 1,001."]);
    expect(gcWindowsOptionProblems({ ...ok, step: 1000 })).toEqual([]);
    // With no valid window the step is checked against the window's own range.
    expect(gcWindowsOptionProblems({ window: -1, step: -1, recordIndex: 0 })[1]).toBe("Step must be a whole number from 1 to 100,000,000 bases, at most the window size; got -1.");
  });

  it("checks the record number 1-based", () => {
    expect(gcWindowsOptionProblems({ ...ok, recordIndex: -1 })).toEqual(["Record number must be a whole number from 1 to 10,000,000; got 0."]);
    expect(gcWindowsOptionProblems({ ...ok, recordIndex: Number.NaN })).toEqual(["Record number must be a whole number from 1 to 10,000,000; the field is empty."]);
  });
});

describe("GC window checks", () => {
  it("names a missing record in 1-based words", () => {
    expect(gcWindowsInputProblem({ window: 100, recordIndex: 4 }, twoRecords)).toBe("Record 5 does not exist: the input has 2 records.");
    expect(gcWindowsInputProblem({ window: 100, recordIndex: 1 }, twoRecords)).toBeNull();
  });

  it("refuses a window longer than the record", () => {
    expect(gcWindowsInputProblem({ window: 100_000, recordIndex: 0 }, twoRecords)).toBe("Window size 100,000 bp is longer than record 1 (chr1), which has 5,685 bp: choose a window of at most 5,685 bp.");
    expect(gcWindowsInputProblem({ window: 121, recordIndex: 1 }, twoRecords)).toBe("Window size 121 bp is longer than record 2 (chr2), which has 120 bp: choose a window of at most 120 bp.");
    // A window as long as the record is one window over all of it (gc-window-summary.ts explains it).
    expect(gcWindowsInputProblem({ window: 5685, recordIndex: 0 }, twoRecords)).toBeNull();
  });

  it("refuses an empty record", () => {
    const empty: InputPeek = { records: [{ id: "blank", length: 0 }], complete: true, molecule: "unknown" };
    expect(gcWindowsInputProblem({ window: 10, recordIndex: 0 }, empty)).toBe("Record 1 (blank) has no bases: there is nothing to plot.");
  });

  it("says nothing it cannot know from a partial look", () => {
    const partial: InputPeek = { records: [{ id: "big", length: null }], complete: false, molecule: "dna" };
    expect(gcWindowsInputProblem({ window: 100_000, recordIndex: 0 }, partial)).toBeNull();
    expect(gcWindowsInputProblem({ window: 100, recordIndex: 9 }, partial)).toBeNull();
  });

  it("rewrites the worker's 0-based message", () => {
    expect(oneBasedRecordMessage("x.fa: record index 4 is out of range (the input has 2 records)")).toBe("x.fa: record 5 does not exist: the input has 2 records");
    expect(oneBasedRecordMessage("record index 1 is out of range (the input has 1 record)")).toBe("record 2 does not exist: the input has 1 record");
    expect(oneBasedRecordMessage("other")).toBe("other");
  });
});
