import { oneBasedRecordMessage } from "./gc-window-checks";

/**
 * Sorts an error from an analysis run into the states the workbench shows: a parse error with
 * its position, an input over the size limits, a cancelled run, a crashed or timed-out worker,
 * a passing problem (a full queue, a failed network read), or any other failure. Only crashed
 * and transient failures can come out differently on a retry: the rest (bad input, limits,
 * options out of range) fail the same way until the input or the settings change. Errors cross
 * the worker boundary, so classes are recognised by `name` as well as by `instanceof`.
 */
export type RunFailure =
  | { kind: "parse"; message: string; line: number; column: number | null }
  | { kind: "tooLarge"; message: string }
  | { kind: "cancelled"; message: string }
  | { kind: "crashed"; message: string }
  | { kind: "transient"; message: string }
  | { kind: "failed"; message: string };

/** Whether running the same request again may succeed (Retry is offered only then). */
export function isRetryable(failure: RunFailure): boolean {
  return failure.kind === "crashed" || failure.kind === "transient";
}

/** Errors of the page and the browser that pass: a full queue, a network or file read that failed. */
const TRANSIENT_NAMES = new Set(["QueueFullError", "NetworkError", "NotReadableError"]);

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

export function classifyRunError(error: unknown): RunFailure {
  if (typeof error !== "object" || error === null) return { kind: "failed", message: String(error) };
  const name = typeof field(error, "name") === "string" ? (field(error, "name") as string) : "";
  const message = typeof field(error, "message") === "string" && field(error, "message") !== "" ? (field(error, "message") as string) : "The analysis failed.";
  const line = field(error, "line");
  if (name === "BioParseError" || (typeof line === "number" && Number.isInteger(line))) {
    const column = field(error, "column");
    return { kind: "parse", message, line: typeof line === "number" ? line : 0, column: typeof column === "number" ? column : null };
  }
  if (name === "AbortError") return { kind: "cancelled", message: "Cancelled." };
  if (name === "InputTooLargeError") return { kind: "tooLarge", message };
  if (name === "WorkerCrashedError" || name === "WorkerTimeoutError" || name === "PoolDisposedError") return { kind: "crashed", message };
  if (TRANSIENT_NAMES.has(name) || (name === "TypeError" && /fetch|network/i.test(message))) return { kind: "transient", message };
  return { kind: "failed", message: oneBasedRecordMessage(message) };
}

/** "line 12, column 3" (or "line 12") for a parse failure. */
export function positionLabel(failure: { line: number; column: number | null }): string {
  return failure.column === null ? `line ${failure.line}` : `line ${failure.line}, column ${failure.column}`;
}
