import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BioParseError } from "@/lib/bio/parse-error";
import { KernelAbortError } from "@/lib/kernels/runtime";
import {
  abortError,
  InputFormatError,
  InputTooLargeError,
  isSerializedError,
  OperationUnavailableError,
  rehydrateError,
  serializeError,
  WorkerCrashedError,
  WorkerTimeoutError,
} from "./errors";

/** Serialize, pass through structured clone as postMessage would, rehydrate. */
function roundTrip(err: unknown): Error {
  const wire = structuredClone(serializeError(err));
  expect(isSerializedError(wire)).toBe(true);
  return rehydrateError(wire);
}

describe("errors across the worker boundary", () => {
  it("keeps a BioParseError's class, format, code, line and column", () => {
    const original = new BioParseError("fastq", "quality_length_mismatch", { line: 7, column: 3 }, "quality length 24 does not match sequence length 25");
    const back = roundTrip(original);
    expect(back).toBeInstanceOf(BioParseError);
    const bio = back as BioParseError;
    expect(bio.format).toBe("fastq");
    expect(bio.code).toBe("quality_length_mismatch");
    expect(bio.line).toBe(7);
    expect(bio.column).toBe(3);
    expect(bio.message).toBe(original.message);
  });

  it("carries every parse error code (digits included, e.g. phred64_detected)", () => {
    const source = fs.readFileSync(new URL("../bio/parse-error.ts", import.meta.url), "utf8");
    const union = source.slice(source.indexOf("export type BioParseErrorCode"), source.indexOf(";", source.indexOf("export type BioParseErrorCode")));
    const codes = [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(codes).toContain("phred64_detected");
    for (const code of codes) {
      const back = roundTrip(new BioParseError("fastq", code as never, { line: 4 }, "detail"));
      expect((back as BioParseError).code).toBe(code);
    }
  });

  it("keeps a cancellation an AbortError DOMException", () => {
    const back = roundTrip(abortError());
    expect(back).toBeInstanceOf(DOMException);
    expect(back.name).toBe("AbortError");
    const fromSignal = new AbortController();
    fromSignal.abort();
    expect(roundTrip(fromSignal.signal.reason).name).toBe("AbortError");
  });

  it("keeps the worker error classes and their fields", () => {
    expect(roundTrip(new WorkerCrashedError("boom"))).toEqual(new WorkerCrashedError("boom"));
    expect(roundTrip(new WorkerCrashedError("boom"))).toBeInstanceOf(WorkerCrashedError);
    const timeout = roundTrip(new WorkerTimeoutError("heartbeat", 15_000)) as WorkerTimeoutError;
    expect(timeout).toBeInstanceOf(WorkerTimeoutError);
    expect(timeout).toMatchObject({ reason: "heartbeat", timeoutMs: 15_000, message: "The analysis worker stopped responding (no sign of life for 15 s) and was restarted" });
    expect(new WorkerTimeoutError("deadline", 600_000).message).toBe("The analysis took longer than 10 min and was stopped");
    const big = roundTrip(new InputTooLargeError("reads.fq", 300 * 1024 * 1024, 256 * 1024 * 1024)) as InputTooLargeError;
    expect(big).toBeInstanceOf(InputTooLargeError);
    expect(big).toMatchObject({ inputName: "reads.fq", sizeBytes: 300 * 1024 * 1024, limitBytes: 256 * 1024 * 1024 });
    expect(big.message).toBe("reads.fq is 300 MiB, more than the 256 MiB an analysis can load at once");
    expect(roundTrip(new InputFormatError("x.pdb", "x.pdb: expected FASTA"))).toMatchObject({ name: "InputFormatError", inputName: "x.pdb" });
    expect(roundTrip(new OperationUnavailableError("align"))).toBeInstanceOf(OperationUnavailableError);
    const kernel = roundTrip(new KernelAbortError("kmers", "out of memory"));
    expect(kernel).toBeInstanceOf(KernelAbortError);
    expect(kernel.message).toBe("kmers kernel aborted: out of memory");
  });

  it("turns other errors and thrown values into a plain Error with name and message", () => {
    const back = roundTrip(new RangeError("k must be 1…31"));
    expect(back).toBeInstanceOf(Error);
    expect(back.name).toBe("RangeError");
    expect(back.message).toBe("k must be 1…31");
    expect(roundTrip("just a string").message).toBe("just a string");
    expect(roundTrip(undefined).message).toBe("undefined");
  });

  it("rejects malformed wire errors", () => {
    expect(isSerializedError({ kind: "worker-timeout", message: "x", reason: "bored", timeoutMs: 1 })).toBe(false);
    expect(isSerializedError({ kind: "unknown", message: "x" })).toBe(false);
    expect(isSerializedError({ kind: "bio-parse", error: { name: "BioParseError", format: "fasta", code: "Bad Code", line: 1, detail: "", message: "" } })).toBe(false);
  });
});
