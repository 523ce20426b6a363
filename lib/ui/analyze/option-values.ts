/**
 * How option messages quote numbers: whole numbers with thousands separators, the value the
 * user gave as typed, an emptied number field (NaN) as such. Pure.
 */
import { formatCount } from "../format";


/** "got 0", "got 2.5", "got 1,001", or "the field is empty" for a cleared number field. */
export function givenValue(value: number): string {
  if (Number.isNaN(value)) return "the field is empty";
  return `got ${Number.isInteger(value) ? formatCount(value) : String(value)}`;
}
