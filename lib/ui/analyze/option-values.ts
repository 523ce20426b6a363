/**
 * How option messages quote numbers: whole numbers with thousands separators, the value the
 * user gave as typed, an emptied number field (NaN) as such. Pure.
 */

/** 1234567 → "1,234,567". */
export function formatWhole(n: number): string {
  return n.toLocaleString("en-US");
}

/** "got 0", "got 2.5", "got 1,001", or "the field is empty" for a cleared number field. */
export function givenValue(value: number): string {
  if (Number.isNaN(value)) return "the field is empty";
  return `got ${Number.isInteger(value) ? formatWhole(value) : String(value)}`;
}
