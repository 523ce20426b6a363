import { type Rng, ago } from "./seed-random";

/**
 * Stars and view/download/fork events for the demo world, spread over the last 30 days. "Hot"
 * targets get most of their activity in the last three days so that a trending score (recent
 * activity weighted over older) has something to rank; "cold" ones only have older activity.
 */
export type TargetType = "dataset" | "protocol" | "space";
export type Heat = "hot" | "warm" | "cold";

export interface ActivityTarget {
  type: TargetType;
  id: string;
  /** True when anyone may read it (public and published); otherwise only `team` generates activity. */
  open: boolean;
  /** Owner and lab members: the only readers of a private or draft object. */
  team: readonly string[];
  heat: Heat;
  createdAt: Date;
}

export interface StarRow {
  userId: string;
  targetType: TargetType;
  targetId: string;
  createdAt: Date;
}

export interface EventRow {
  kind: "view" | "download" | "fork";
  targetType: TargetType;
  targetId: string;
  userId: string | null;
  createdAt: Date;
}

const WINDOW_DAYS = 30;
const HOT_DAYS = 3;

const VIEWS: Record<Heat, [number, number]> = { hot: [90, 140], warm: [30, 60], cold: [4, 12] };

/** Days before `now` for one event; never earlier than the target's creation. */
function eventAge(rng: Rng, heat: Heat, maxDays: number): number {
  let days: number;
  if (heat === "hot") days = rng.chance(0.65) ? rng.next() * HOT_DAYS : rng.next() * WINDOW_DAYS;
  else if (heat === "cold") days = 12 + rng.next() * (WINDOW_DAYS - 12);
  else days = rng.next() * WINDOW_DAYS;
  // Keep a 10-minute gap after creation so no event predates its object.
  return Math.min(days, Math.max(maxDays - 1 / 144, 0));
}

export function buildActivity(rng: Rng, now: Date, targets: readonly ActivityTarget[], userIds: readonly string[]) {
  const stars: StarRow[] = [];
  const events: EventRow[] = [];
  for (const t of targets) {
    const maxDays = (now.getTime() - t.createdAt.getTime()) / 86_400_000;
    const readers = t.open ? userIds : t.team;
    const [lo, hi] = t.open ? VIEWS[t.heat] : [3, 10];
    const views = rng.int(lo, hi);
    for (let i = 0; i < views; i++) {
      const days = eventAge(rng, t.heat, maxDays);
      // Anonymous readers only exist for open objects; about half of their traffic is signed out.
      const userId = t.open && rng.chance(0.5) ? null : rng.pick(readers);
      events.push({ kind: "view", targetType: t.type, targetId: t.id, userId, createdAt: ago(now, { days }) });
      if (t.type === "dataset" && rng.chance(0.18)) {
        events.push({ kind: "download", targetType: t.type, targetId: t.id, userId, createdAt: ago(now, { days: Math.max(days - 0.002, 0) }) });
      }
      if (t.type !== "dataset" && userId !== null && rng.chance(0.03)) {
        events.push({ kind: "fork", targetType: t.type, targetId: t.id, userId, createdAt: ago(now, { days: Math.max(days - 0.004, 0) }) });
      }
    }
    const starCount = t.open ? { hot: rng.int(5, 8), warm: rng.int(2, 5), cold: rng.int(0, 2) }[t.heat] : rng.int(0, 1);
    const starrers = new Set<string>();
    for (let i = 0; i < starCount * 3 && starrers.size < Math.min(starCount, readers.length); i++) starrers.add(rng.pick(readers));
    for (const userId of starrers) {
      stars.push({ userId, targetType: t.type, targetId: t.id, createdAt: ago(now, { days: eventAge(rng, t.heat, maxDays) }) });
    }
  }
  // Insert in time order: bigserial ids then follow time, which is how a live system fills the table.
  events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.targetId.localeCompare(b.targetId) || a.kind.localeCompare(b.kind));
  return { stars, events };
}
