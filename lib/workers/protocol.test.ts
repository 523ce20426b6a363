import { describe, expect, it } from "vitest";
import { checkPageMessage, isPageMessage, isWorkerMessage, MIN_TRANSFER_BYTES, PROTOCOL_VERSION, requestProblem, transferList } from "./protocol";

const text = { kind: "text", text: ">a\nACGT\n" } as const;

describe("page → worker messages", () => {
  it("accepts run and cancel messages of this version", () => {
    expect(isPageMessage({ v: 1, type: "run", jobId: 3, request: { op: "revcomp", input: text } })).toBe(true);
    expect(isPageMessage({ v: 1, type: "run", jobId: 4, request: { op: "kmers", input: text, params: { k: 5, canonical: true } } })).toBe(true);
    expect(isPageMessage({ v: 1, type: "run", jobId: 5, request: { op: "align", a: text, b: { kind: "file", file: new Blob(["x"]), name: "b.fa" }, params: { mode: "local", matrix: "EDNAFULL", gapOpen: 10, gapExtend: 0.5 } } })).toBe(true);
    expect(isPageMessage({ v: 1, type: "cancel", jobId: 3 })).toBe(true);
  });

  it("rejects another protocol version and says which", () => {
    const check = checkPageMessage({ v: 2, type: "cancel", jobId: 7 });
    expect(check).toEqual({ ok: false, problem: "unsupported protocol version 2 (expected 1)", jobId: 7 });
    expect(isPageMessage({ type: "cancel", jobId: 7 })).toBe(false);
  });

  it("rejects unknown types, missing job ids and non-objects", () => {
    expect(checkPageMessage({ v: 1, type: "explode", jobId: 1 })).toMatchObject({ ok: false, problem: 'unknown message type "explode"', jobId: 1 });
    expect(checkPageMessage({ v: 1, type: "cancel" })).toMatchObject({ ok: false, jobId: null });
    expect(checkPageMessage({ v: 1, type: "cancel", jobId: -1 })).toMatchObject({ ok: false });
    expect(checkPageMessage({ v: 1, type: "cancel", jobId: 1.5 })).toMatchObject({ ok: false });
    for (const bad of [null, undefined, 42, "run", [1]]) expect(isPageMessage(bad)).toBe(false);
  });

  it("rejects malformed requests with a reason", () => {
    expect(requestProblem({ op: "format-disk", input: text })).toBe('unknown operation "format-disk"');
    expect(requestProblem({ op: "toString", input: text })).toBe('unknown operation "toString"');
    expect(requestProblem({ op: "revcomp" })).toBe("revcomp needs an input (text or file)");
    expect(requestProblem({ op: "revcomp", input: { kind: "file", file: "not a blob", name: "x" } })).toBe("revcomp needs an input (text or file)");
    expect(requestProblem({ op: "dotplot", a: text, params: { k: 4, size: 100 } })).toBe("dotplot needs two inputs, a and b (text or file)");
    expect(requestProblem({ op: "kmers", input: text })).toBe("kmers needs parameters");
    expect(requestProblem({ op: "kmers", input: text, params: { k: "5", canonical: true } })).toBe("kmers: parameter k is missing or has the wrong type");
    expect(requestProblem({ op: "translate", input: text, params: { table: 1, frame: 4 } })).toBe("translate: parameter frame is missing or has the wrong type");
    expect(requestProblem({ op: "digest", input: text, params: { enzymes: ["EcoRI", 3], circular: false } })).toMatch(/enzymes/);
    expect(checkPageMessage({ v: 1, type: "run", jobId: 9, request: { op: "revcomp" } })).toMatchObject({ ok: false, jobId: 9, problem: "invalid request: revcomp needs an input (text or file)" });
  });
});

describe("worker → page messages", () => {
  it("accepts every message kind", () => {
    expect(isWorkerMessage({ v: 1, type: "ready" })).toBe(true);
    expect(isWorkerMessage({ v: 1, type: "heartbeat" })).toBe(true);
    expect(isWorkerMessage({ v: 1, type: "progress", jobId: 1, fraction: 0.5 })).toBe(true);
    expect(isWorkerMessage({ v: 1, type: "result", jobId: 1, result: [] })).toBe(true);
    expect(isWorkerMessage({ v: 1, type: "error", jobId: null, error: { kind: "error", name: "Error", message: "x" } })).toBe(true);
  });

  it("rejects wrong versions, types and malformed errors", () => {
    expect(isWorkerMessage({ v: PROTOCOL_VERSION + 1, type: "ready" })).toBe(false);
    expect(isWorkerMessage({ v: 1, type: "progress", jobId: 1, fraction: Number.NaN })).toBe(false);
    expect(isWorkerMessage({ v: 1, type: "result", jobId: 1 })).toBe(false);
    expect(isWorkerMessage({ v: 1, type: "error", jobId: 1, error: { message: "x" } })).toBe(false);
    expect(isWorkerMessage({ v: 1, type: "error", jobId: 1, error: { kind: "bio-parse", error: { name: "BioParseError", format: "xml" } } })).toBe(false);
    expect(isWorkerMessage({ v: 1, type: "surprise" })).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
  });
});

describe("transferList", () => {
  it("collects the buffers of large typed arrays in a result, once each", () => {
    const forward = new Uint32Array(64 * 64);
    const reverse = new Uint32Array(64 * 64);
    expect(transferList({ lengthA: 1, lengthB: 2, size: 64, forward, reverse })).toEqual([forward.buffer, reverse.buffer]);
    const q = new Uint8Array(MIN_TRANSFER_BYTES);
    const records = [
      { id: "a", sequence: "ACG", quality: q },
      { id: "b", sequence: "ACG", quality: q.subarray(1) },
      { id: "c", sequence: "ACG" },
    ];
    expect(transferList(records)).toEqual([q.buffer]);
    expect(transferList([{ id: "short read", quality: new Uint8Array(150) }])).toEqual([]);
    expect(transferList([{ recordId: "x", start: 0 }])).toEqual([]);
    expect(transferList("text")).toEqual([]);
  });
});
