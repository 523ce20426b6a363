/**
 * How many server processes `npm start` runs (`CYANEA_WORKERS`): a whole number from 1 to 64, or
 * `auto` for one per core. More than one needs PostgreSQL (`DATABASE_URL`): the embedded database
 * belongs to one process. Throws with the reason on a bad value.
 * @param {string | undefined} raw
 * @param {{ databaseUrl: string | undefined; cores: number }} machine
 * @returns {number}
 */
export function workerCount(raw, machine) {
  const value = (raw ?? "").trim().toLowerCase();
  let n;
  if (value === "" || value === "1") n = 1;
  else if (value === "auto") n = Math.max(1, Math.min(64, machine.cores));
  else if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) n = Number(value);
  else throw new Error(`CYANEA_WORKERS must be a whole number from 1 to 64 or "auto"; got "${raw}"`);
  if (n > 1 && !machine.databaseUrl) {
    throw new Error(`CYANEA_WORKERS=${raw} needs DATABASE_URL: the embedded database (PGlite) serves one process; set DATABASE_URL or leave CYANEA_WORKERS unset`);
  }
  return n;
}
