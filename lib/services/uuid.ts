const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID; ids from the URL are checked before they reach a uuid column (which would 500). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
