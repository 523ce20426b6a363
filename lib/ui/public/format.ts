import { markdownToPlainText } from "./plain-text";

/** Dates on public pages are shown in UTC: the HTML is cached and shared, so no reader's time zone applies. */
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** `3 Dec 2026, 17:45 UTC`. */
export function formatUtcDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} UTC`;
}

/** `3 Dec 2026`. */
export function formatUtcDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

/**
 * A Markdown description as plain text on one line, cut at `maxChars` on a word boundary, for
 * cards and meta tags. Markup goes, text stays (`run_42`, `Q > 30`): see markdownToPlainText.
 */
export function summarize(text: string, maxChars = 200): string {
  // Only the start can show: converting a whole long description for a 200-character summary
  // would cost time on every card of a listing (and keeps the regexes' work bounded).
  const limit = maxChars * 20;
  // A tag cut in half at the limit would show as text: drop it.
  const flat = markdownToPlainText(text.length > limit ? text.slice(0, limit).replace(/<[A-Za-z/!][^<>]*$/, "") : text);
  if (flat.length <= maxChars) return text.length > limit ? `${flat}…` : flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Decodes a percent-encoded route segment once; returns it unchanged when it is not valid encoding. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
