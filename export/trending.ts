/**
 * Trending score, computed in SQL at export time (db/queries/export-snapshot.ts `trendingSql`):
 *
 *   score(object) = Σ over events e in (now − 30 days, now]  of  w(kind(e)) · 2^(−age(e) / halfLife)
 *
 *   w: star 3, fork 4, download 2, view 1      halfLife = 3 days      age(e) = now − e.created_at
 *
 * Events are the rows of `activity_events` (view, download, fork) and `stars` (a star counts once,
 * at the time it was given) on the object. An event loses half its weight every 3 days, so one star
 * today (3) outweighs a star from a week ago (3 · 2^(−7/3) ≈ 0.59) plus a handful of old views;
 * anything older than the 30-day window contributes nothing.
 *
 * Deterministic for the same database state and `now`: `now` is the export's clock (never the
 * database's), each term is rounded to 9 decimals as numeric so the sum is exact whatever order
 * rows arrive in, the score is rounded to 6 decimals, and ties are broken by object id (ascending).
 * Only public objects are ranked (public + published datasets/protocols, public spaces).
 */
import { trendingSql, type TrendingRow } from "@/db/queries/export-snapshot";
import type { ReadSession } from "@/db/queries/export-stream";
import { toTrendingEntry } from "./projections";
import { type SnapshotTrending, TRENDING_LIMIT } from "./snapshot-schema";

export const TRENDING_WINDOW_DAYS = 30;
export const TRENDING_HALF_LIFE_DAYS = 3;
export const TRENDING_WEIGHTS = { star: 3, fork: 4, download: 2, view: 1 } as const;

/** The same formula in TypeScript, for tests and documentation; SQL is the source used at export. */
export function trendingScore(events: ReadonlyArray<{ kind: keyof typeof TRENDING_WEIGHTS; at: Date }>, now: Date): number {
  const windowMs = TRENDING_WINDOW_DAYS * 86_400_000;
  let score = 0;
  for (const e of events) {
    const ageMs = now.getTime() - e.at.getTime();
    if (ageMs < 0 || ageMs >= windowMs) continue;
    score += TRENDING_WEIGHTS[e.kind] * 2 ** (-ageMs / (TRENDING_HALF_LIFE_DAYS * 86_400_000));
  }
  return Math.round(score * 1e6) / 1e6;
}

/** Top TRENDING_LIMIT datasets, protocols and spaces at `now`. */
export async function computeTrending(session: ReadSession, now: Date, limit = TRENDING_LIMIT): Promise<SnapshotTrending> {
  const top = async (type: "dataset" | "protocol" | "space") => {
    const q = trendingSql({ now, type, windowDays: TRENDING_WINDOW_DAYS, halfLifeDays: TRENDING_HALF_LIFE_DAYS, weights: TRENDING_WEIGHTS, limit });
    const rows = await session.query<TrendingRow>(q.text, q.params);
    return rows.map((r, i) => toTrendingEntry(r, i + 1));
  };
  // Sequential: a postgres session is one connection, and PGlite is one connection anyway.
  const datasets = await top("dataset");
  const protocols = await top("protocol");
  const spaces = await top("space");
  return {
    windowDays: TRENDING_WINDOW_DAYS,
    halfLifeDays: TRENDING_HALF_LIFE_DAYS,
    weights: { ...TRENDING_WEIGHTS },
    datasets,
    protocols,
    spaces,
  };
}
