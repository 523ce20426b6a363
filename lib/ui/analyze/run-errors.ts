/**
 * Sorts an error from an analysis run into the states the workbench shows: a parse error with
 * its position, an input over the size limits, a cancelled run, a crashed or timed-out worker
 * (worth retrying), or any other failure. Errors cross the worker boundary, so classes are
 * recognised by `name` as well as by `instanceof`.
 */
export type RunFailure =
  | { kind: "parse"; message: string; line: number; column: number | null }
  | { kind: "tooLarge"; message: string }
  | { kind: "cancelled"; message: string }
  | { kind: "crashed"; message: string }
  | { kind: "failed"; message: string };

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
  return { kind: "failed", message };
}

/** "line 12, column 3" (or "line 12") for a parse failure. */
export function positionLabel(failure: { line: number; column: number | null }): string {
  return failure.column === null ? `line ${failure.line}` : `line ${failure.line}, column ${failure.column}`;
}
