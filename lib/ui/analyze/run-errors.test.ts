import { describe, expect, it } from "vitest";
import { BioParseError } from "@/lib/bio/parse-error";
import { InputFormatError, InputTooLargeError, QueueFullError, WorkerCrashedError, WorkerTimeoutError } from "@/lib/workers/errors";
import { classifyRunError, isRetryable, positionLabel } from "./run-errors";

describe("classifyRunError", () => {
  it("keeps a parse error's line and column", () => {
    const failure = classifyRunError(new BioParseError("fasta", "invalid_sequence_char", { line: 12, column: 7 }, "unexpected 'J'"));
    expect(failure).toEqual({ kind: "parse", message: "FASTA line 12, column 7: unexpected 'J'", line: 12, column: 7 });
    if (failure.kind === "parse") expect(positionLabel(failure)).toBe("line 12, column 7");
    expect(positionLabel({ line: 3, column: null })).toBe("line 3");
  });

  it("recognises the worker's errors", () => {
    expect(classifyRunError(new InputTooLargeError("big.fa", 300 * 1024 * 1024, 256 * 1024 * 1024)).kind).toBe("tooLarge");
    expect(classifyRunError(new WorkerCrashedError("boom")).kind).toBe("crashed");
    expect(classifyRunError(new WorkerTimeoutError("deadline", 60_000)).kind).toBe("crashed");
    expect(classifyRunError(new DOMException("stop", "AbortError")).kind).toBe("cancelled");
    expect(classifyRunError(new Error("unknown enzyme Foo"))).toEqual({ kind: "failed", message: "unknown enzyme Foo" });
    expect(classifyRunError("odd")).toEqual({ kind: "failed", message: "odd" });
  });

  it("offers a retry only when the same run can come out differently", () => {
    const retryable = (e: unknown) => isRetryable(classifyRunError(e));
    expect(retryable(new WorkerCrashedError("boom"))).toBe(true);
    expect(retryable(new WorkerTimeoutError("heartbeat", 30_000))).toBe(true);
    expect(retryable(new QueueFullError(64))).toBe(true);
    expect(retryable(new TypeError("Failed to fetch"))).toBe(true);
    expect(retryable(new Error("need 894,189,409 DP cells; alignment accepts at most 400,000,000"))).toBe(false);
    expect(retryable(new BioParseError("fasta", "invalid_sequence_char", { line: 3, column: 3 }, "bad"))).toBe(false);
    expect(retryable(new InputTooLargeError("big.fa", 300 * 1024 * 1024, 256 * 1024 * 1024))).toBe(false);
    expect(retryable(new InputFormatError("x.fa", "x.fa is empty"))).toBe(false);
    expect(retryable(new DOMException("stop", "AbortError"))).toBe(false);
  });

  it("words the worker's out-of-range record 1-based", () => {
    const failure = classifyRunError(new InputFormatError("x.fa", "x.fa: record index 4 is out of range (the input has 2 records)"));
    expect(failure).toEqual({ kind: "failed", message: "x.fa: record 5 does not exist: the input has 2 records" });
  });
});
