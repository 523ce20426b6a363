/** Display helpers: sizes, dates, hashes, tags. Pure; safe on server and client. */

const SIZE_UNITS = ["KB", "MB", "GB", "TB"] as const;

/** `1536` → `1.5 KB`; bytes below 1 KB stay exact (`512 B`). Binary multiples, one decimal. */
export function formatBytes(sizeBytes: number): string {
  if (!Number.isFinite(sizeBytes) || sizeBytes < 0) return "—";
  if (sizeBytes < 1024) return `${sizeBytes} B`;
  let value = sizeBytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${SIZE_UNITS[unit]}`;
}

const numberFormat = new Intl.NumberFormat("en");

/** Thousands separators: `1234567` → `1,234,567`. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return numberFormat.format(value);
}

/** A percentage with one decimal (`41.234` → `41.2 %`); input is already 0–100. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${value.toFixed(digits)} %`;
}

/** A plain number with up to `digits` decimals. */
export function formatDecimal(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return Number.isInteger(value) ? numberFormat.format(value) : value.toFixed(digits);
}

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const fullDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** `12 Mar 2025`. */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}

/** `12 Mar 2025, 14:03` — for tooltips. */
export function formatFullDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : fullDate.format(date);
}

/** `5 minutes ago`, `yesterday`, `3 days ago`; older than four weeks → short date. */
export function formatRelative(iso: string, nowMs: number = Date.now()): string {
  const date = new Date(iso);
  const thenMs = date.getTime();
  if (Number.isNaN(thenMs)) return iso;
  const diffSeconds = Math.round((thenMs - nowMs) / 1000);
  const abs = Math.abs(diffSeconds);
  if (abs < 45) return "just now";
  if (abs < 45 * 60) return relative.format(Math.round(diffSeconds / 60), "minute");
  if (abs < 22 * 3600) return relative.format(Math.round(diffSeconds / 3600), "hour");
  if (abs < 28 * 86400) return relative.format(Math.round(diffSeconds / 86400), "day");
  return shortDate.format(date);
}

/** First 12 hex digits of a hash, for tables; the full value goes in a title. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

/** `"rna-seq, E. coli ,,"` → `["rna-seq", "E. coli"]`, deduplicated, order kept. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(",")) {
    const tag = raw.trim();
    if (tag !== "") seen.add(tag);
  }
  return [...seen];
}

/** Singular/plural: `plural(1, "file")` → `1 file`, `plural(3, "file")` → `3 files`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}
