/**
 * Errors of the analysis workers and their wire form. Structured clone loses an error's class
 * and fields, so the worker sends a {@link SerializedError} and the page rebuilds the same class
 * ({@link rehydrateError}): a BioParseError keeps its format, line and column; a cancellation
 * stays a DOMException named AbortError.
 */
import type { AnalysisOp } from "@/lib/analysis/contract";
import { BioParseError, type BioFormat, type BioParseErrorJson } from "@/lib/bio/parse-error";
import { KernelAbortError } from "@/lib/kernels/runtime";

/** The worker stopped unexpectedly (an uncaught error, a failed module load, a bad message). */
export class WorkerCrashedError extends Error {
  override readonly name = "WorkerCrashedError";
}

/** Why the watchdog stopped a worker. */
export type WorkerTimeoutReason = "heartbeat" | "deadline";

/** The watchdog stopped a worker: no sign of life for too long, or the job's hard time limit. */
export class WorkerTimeoutError extends Error {
  override readonly name = "WorkerTimeoutError";
  readonly reason: WorkerTimeoutReason;
  readonly timeoutMs: number;

  constructor(reason: WorkerTimeoutReason, timeoutMs: number, message?: string) {
    super(message ?? timeoutMessage(reason, timeoutMs));
    this.reason = reason;
    this.timeoutMs = timeoutMs;
  }
}

function seconds(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`;
}

function timeoutMessage(reason: WorkerTimeoutReason, timeoutMs: number): string {
  return reason === "heartbeat"
    ? `The analysis worker stopped responding (no sign of life for ${seconds(timeoutMs)}) and was restarted`
    : `The analysis took longer than ${seconds(timeoutMs)} and was stopped`;
}

/** An input above the worker's memory bound (`ANALYSIS_LIMITS.maxSequenceBytes`). */
export class InputTooLargeError extends Error {
  override readonly name = "InputTooLargeError";
  readonly inputName: string;
  /** Size seen (bytes; for compressed input, the decompressed bytes read so far), null if unknown. */
  readonly sizeBytes: number | null;
  readonly limitBytes: number;

  constructor(inputName: string, sizeBytes: number | null, limitBytes: number, message?: string) {
    super(
      message ??
        (sizeBytes === null
          ? `${inputName} is larger than the ${mib(limitBytes)} an analysis can load at once`
          : `${inputName} is ${mib(sizeBytes)}, more than the ${mib(limitBytes)} an analysis can load at once`),
    );
    this.inputName = inputName;
    this.sizeBytes = sizeBytes;
    this.limitBytes = limitBytes;
  }
}

/** A byte count for messages: MiB from 1 MiB up, bytes below. */
export function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${bytes} bytes`;
}

/** Input that is not FASTA, FASTQ or GenBank, or that cannot be used as given (e.g. no sequence). */
export class InputFormatError extends Error {
  override readonly name = "InputFormatError";
  readonly inputName: string;

  constructor(inputName: string, message: string) {
    super(message);
    this.inputName = inputName;
  }
}

/** The operation's kernel is not part of this build. */
export class OperationUnavailableError extends Error {
  override readonly name = "OperationUnavailableError";
  readonly op: string;

  constructor(op: AnalysisOp | string, message?: string) {
    super(message ?? `The "${op}" analysis is not available`);
    this.op = op;
  }
}

/** The pool's queue is full (page side only). */
export class QueueFullError extends Error {
  override readonly name = "QueueFullError";
  readonly limit: number;

  constructor(limit: number) {
    super(`Too many analyses queued (at most ${limit}); wait for some to finish or cancel them`);
    this.limit = limit;
  }
}

/** The client was disposed while the job was queued or running (page side only). */
export class PoolDisposedError extends Error {
  override readonly name = "PoolDisposedError";

  constructor() {
    super("The analysis workers were shut down before the analysis finished");
  }
}

/** A cancellation, in the form `fetch` and `AbortSignal.throwIfAborted` use. */
export function abortError(message = "The analysis was cancelled"): DOMException {
  return new DOMException(message, "AbortError");
}

/** Whether an error is a cancellation (DOMException or any error named AbortError). */
export function isAbortError(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "AbortError";
}

/** Wire form of an error; `kind` selects the class rebuilt on the other side. */
export type SerializedError =
  | { kind: "bio-parse"; error: BioParseErrorJson }
  | { kind: "abort"; message: string }
  | { kind: "worker-crashed"; message: string }
  | { kind: "worker-timeout"; message: string; reason: WorkerTimeoutReason; timeoutMs: number }
  | { kind: "input-too-large"; message: string; inputName: string; sizeBytes: number | null; limitBytes: number }
  | { kind: "input-format"; message: string; inputName: string }
  | { kind: "unavailable"; message: string; op: string }
  | { kind: "kernel-abort"; message: string }
  | { kind: "error"; name: string; message: string };

/** Turns anything thrown into its wire form (never throws). */
export function serializeError(err: unknown): SerializedError {
  if (err instanceof BioParseError) return { kind: "bio-parse", error: err.toJSON() };
  if (isAbortError(err)) return { kind: "abort", message: messageOf(err) };
  if (err instanceof WorkerCrashedError) return { kind: "worker-crashed", message: err.message };
  if (err instanceof WorkerTimeoutError) return { kind: "worker-timeout", message: err.message, reason: err.reason, timeoutMs: err.timeoutMs };
  if (err instanceof InputTooLargeError) {
    return { kind: "input-too-large", message: err.message, inputName: err.inputName, sizeBytes: err.sizeBytes, limitBytes: err.limitBytes };
  }
  if (err instanceof InputFormatError) return { kind: "input-format", message: err.message, inputName: err.inputName };
  if (err instanceof OperationUnavailableError) return { kind: "unavailable", message: err.message, op: err.op };
  if (err instanceof KernelAbortError) return { kind: "kernel-abort", message: err.message };
  if (err instanceof Error) return { kind: "error", name: err.name || "Error", message: err.message };
  return { kind: "error", name: "Error", message: messageOf(err) };
}

function messageOf(err: unknown): string {
  if (typeof err === "object" && err !== null && typeof (err as { message?: unknown }).message === "string") return (err as { message: string }).message;
  try {
    return String(err);
  } catch {
    return "Unknown error";
  }
}

/** Rebuilds the error a {@link SerializedError} describes, in its original class. */
export function rehydrateError(s: SerializedError): Error {
  switch (s.kind) {
    case "bio-parse":
      return BioParseError.fromJSON(s.error);
    case "abort":
      return abortError(s.message);
    case "worker-crashed":
      return new WorkerCrashedError(s.message);
    case "worker-timeout":
      return new WorkerTimeoutError(s.reason, s.timeoutMs, s.message);
    case "input-too-large":
      return new InputTooLargeError(s.inputName, s.sizeBytes, s.limitBytes, s.message);
    case "input-format":
      return new InputFormatError(s.inputName, s.message);
    case "unavailable":
      return new OperationUnavailableError(s.op, s.message);
    case "kernel-abort": {
      const err = new KernelAbortError("", "");
      err.message = s.message;
      return err;
    }
    case "error": {
      const err = new Error(s.message);
      err.name = s.name;
      return err;
    }
  }
}

// ── shape checks (the page must not trust what arrives from a worker either) ────────────────

const BIO_FORMATS: ReadonlySet<string> = new Set<BioFormat>(["fasta", "fastq", "genbank", "pdb", "mmcif", "csv", "tsv"]);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const optNum = (x: unknown): boolean => x === undefined || isNum(x);

function isBioParseErrorJson(x: unknown): x is BioParseErrorJson {
  return (
    isObj(x) &&
    x.name === "BioParseError" &&
    isStr(x.format) &&
    BIO_FORMATS.has(x.format) &&
    isStr(x.code) &&
    /^[a-z][a-z0-9_]*$/.test(x.code) &&
    isNum(x.line) &&
    optNum(x.column) &&
    optNum(x.columnEnd) &&
    isStr(x.detail) &&
    isStr(x.message)
  );
}

/** Whether a value has the shape of a {@link SerializedError}. */
export function isSerializedError(x: unknown): x is SerializedError {
  if (!isObj(x)) return false;
  switch (x.kind) {
    case "bio-parse":
      return isBioParseErrorJson(x.error);
    case "abort":
    case "worker-crashed":
    case "kernel-abort":
      return isStr(x.message);
    case "worker-timeout":
      return isStr(x.message) && (x.reason === "heartbeat" || x.reason === "deadline") && isNum(x.timeoutMs);
    case "input-too-large":
      return isStr(x.message) && isStr(x.inputName) && (x.sizeBytes === null || isNum(x.sizeBytes)) && isNum(x.limitBytes);
    case "input-format":
      return isStr(x.message) && isStr(x.inputName);
    case "unavailable":
      return isStr(x.message) && isStr(x.op);
    case "error":
      return isStr(x.message) && isStr(x.name);
    default:
      return false;
  }
}
