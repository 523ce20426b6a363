import { describe, expect, it } from "vitest";
import { BioParseError } from "@/lib/bio/parse-error";
import { InputTooLargeError, WorkerCrashedError, WorkerTimeoutError } from "@/lib/workers/errors";
import { classifyRunError, positionLabel } from "./run-errors";

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
});
