/** True when a driver error (or its cause, as drizzle wraps them) is a PostgreSQL unique violation (23505). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}
