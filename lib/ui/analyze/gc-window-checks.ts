import type { InputPeek } from "./input-peek";
import { formatCount as count } from "../format";
import { givenValue } from "./option-values";

/**
 * Checks of the GC-window options in the form's 1-based terms: the options on their own (whole
 * numbers in range, a step no longer than the window), and against the input before a run (a
 * record number past the last record, a window longer than the record). Uses what
 * {@link InputPeek} saw: the record count only when the whole input was looked at, a length
 * only when the record ended within the look. Messages say what is wrong, the allowed range and
 * the value given. Pure.
 */

/** Bounds of the options (the kernel takes any positive window and step; these keep the form sane). */
export const GC_WINDOW_LIMITS = {
  minWindowBp: 1,
  maxWindowBp: 100_000_000,
  minStepBp: 1,
  maxRecordNumber: 10_000_000,
} as const;

function records(n: number): string {
  return `${count(n)} record${n === 1 ? "" : "s"}`;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Problems with the GC-window options themselves, as sentences for the form; empty when valid. `recordIndex` is 0-based. */
export function gcWindowsOptionProblems(params: { window: number; step: number; recordIndex: number }): string[] {
  const { minWindowBp, maxWindowBp, minStepBp, maxRecordNumber } = GC_WINDOW_LIMITS;
  const problems: string[] = [];
  const windowOk = isWhole(params.window, minWindowBp, maxWindowBp);
  if (!windowOk) problems.push(`Window size must be a whole number from ${count(minWindowBp)} to ${count(maxWindowBp)} bases; ${givenValue(params.window)}.`);
  // A step longer than the window would leave bases between windows out of the plot.
  if (windowOk && !isWhole(params.step, minStepBp, params.window)) {
    problems.push(`Step must be a whole number from ${count(minStepBp)} to the window size (${count(params.window)} bases), so that no base is skipped; ${givenValue(params.step)}.`);
  } else if (!windowOk && !isWhole(params.step, minStepBp, maxWindowBp)) {
    problems.push(`Step must be a whole number from ${count(minStepBp)} to ${count(maxWindowBp)} bases, at most the window size; ${givenValue(params.step)}.`);
  }
  const recordNumber = params.recordIndex + 1;
  if (!isWhole(recordNumber, 1, maxRecordNumber)) problems.push(`Record number must be a whole number from 1 to ${count(maxRecordNumber)}; ${givenValue(recordNumber)}.`);
  return problems;
}

/** Why GC windows cannot run on this input with these options, or null. `recordIndex` is 0-based. */
export function gcWindowsInputProblem(params: { window: number; recordIndex: number }, peek: InputPeek): string | null {
  const { window, recordIndex } = params;
  if (peek.complete && recordIndex >= peek.records.length) {
    return peek.records.length === 0 ? "The input has no records." : `Record ${count(recordIndex + 1)} does not exist: the input has ${records(peek.records.length)}.`;
  }
  const record = peek.records[recordIndex];
  if (!record || record.length === null) return null;
  const name = `Record ${count(recordIndex + 1)}${record.id === "" ? "" : ` (${record.id})`}`;
  if (record.length === 0) return `${name} has no bases: there is nothing to plot.`;
  if (window > record.length) return `Window size ${count(window)} bp is longer than ${name.charAt(0).toLowerCase()}${name.slice(1)}, which has ${count(record.length)} bp: choose a window of at most ${count(record.length)} bp.`;
  return null;
}

const OUT_OF_RANGE = /record index (\d+) is out of range \(the input has (\d+) records?\)/;

/**
 * The worker's 0-based "record index 4 is out of range (the input has 2 records)" in the
 * form's 1-based words ("record 5 does not exist: the input has 2 records"); other messages
 * unchanged. For inputs too large to be checked before the run.
 */
export function oneBasedRecordMessage(message: string): string {
  const m = OUT_OF_RANGE.exec(message);
  if (!m) return message;
  const n = Number(m[2]);
  return message.replace(m[0], `record ${count(Number(m[1]) + 1)} does not exist: the input has ${records(n)}`);
}
