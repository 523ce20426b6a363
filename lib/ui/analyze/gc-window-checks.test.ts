import { describe, expect, it } from "vitest";
import { gcWindowsInputProblem, oneBasedRecordMessage } from "./gc-window-checks";
import type { InputPeek } from "./input-peek";

const twoRecords: InputPeek = {
  records: [
    { id: "chr1", length: 5685 },
    { id: "chr2", length: 120 },
  ],
  complete: true,
  molecule: "dna",
};

describe("GC window checks", () => {
  it("names a missing record in 1-based words", () => {
    expect(gcWindowsInputProblem({ window: 100, recordIndex: 4 }, twoRecords)).toBe("Record 5 does not exist: the input has 2 records.");
    expect(gcWindowsInputProblem({ window: 100, recordIndex: 1 }, twoRecords)).toBeNull();
  });

  it("refuses a window longer than the record", () => {
    expect(gcWindowsInputProblem({ window: 100_000, recordIndex: 0 }, twoRecords)).toBe("Window 100,000 bp is longer than the record chr1 (5,685 bp): choose a window of at most 5,685 bp.");
    expect(gcWindowsInputProblem({ window: 5685, recordIndex: 0 }, twoRecords)).toBeNull();
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
