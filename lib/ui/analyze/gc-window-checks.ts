import type { InputPeek } from "./input-peek";

/**
 * Checks of the GC-window options against the input, before a run, in the form's 1-based
 * terms: a record number past the last record, a window longer than the record. Uses what
 * {@link InputPeek} saw: the record count only when the whole input was looked at, a length
 * only when the record ended within the look. Pure.
 */

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function records(n: number): string {
  return `${count(n)} record${n === 1 ? "" : "s"}`;
}

/** Why GC windows cannot run on this input with these options, or null. `recordIndex` is 0-based. */
export function gcWindowsInputProblem(params: { window: number; recordIndex: number }, peek: InputPeek): string | null {
  const { window, recordIndex } = params;
  if (peek.complete && recordIndex >= peek.records.length) {
    return peek.records.length === 0 ? "The input has no records." : `Record ${count(recordIndex + 1)} does not exist: the input has ${records(peek.records.length)}.`;
  }
  const record = peek.records[recordIndex];
  if (record && record.length !== null && window > record.length) {
    return `Window ${count(window)} bp is longer than the record ${record.id} (${count(record.length)} bp): choose a window of at most ${count(record.length)} bp.`;
  }
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
