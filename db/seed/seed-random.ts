import { createHash } from "node:crypto";

/**
 * Deterministic randomness for seeds: the same inputs give the same rows on every machine and
 * driver, which is what lets tests compare a PGlite seed with a PostgreSQL seed row for row.
 */

/** mulberry32: a tiny 32-bit PRNG; good enough for spreading demo activity, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over a uniform [0,1) source. */
export interface Rng {
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}

/** Fixed namespace for the seed's name-based UUIDs (RFC 9562 §5.5, version 5). */
const SEED_NAMESPACE = Buffer.from("6f1c2a7e8b3d4c5fa1e2d3c4b5a69788", "hex");

/** A stable UUIDv5 for a seeded object, e.g. `seedUuid("dataset", "sars-cov-2-reference")`. */
export function seedUuid(kind: string, name: string): string {
  const hash = createHash("sha1").update(SEED_NAMESPACE).update(`${kind}:${name}`).digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50; // version 5
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A point in time relative to the seed's `now`, so a seed taken today looks as fresh as one taken last year. */
export function ago(now: Date, parts: { days?: number; hours?: number; minutes?: number }): Date {
  const ms = (parts.days ?? 0) * DAY_MS + (parts.hours ?? 0) * HOUR_MS + (parts.minutes ?? 0) * MINUTE_MS;
  return new Date(now.getTime() - Math.round(ms));
}
