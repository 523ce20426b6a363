import path from "node:path";

/** Server configuration read from the environment, with the defaults README documents. */
export interface ServerConfig {
  dataDir: string;
  port: number;
  databaseUrl: string | undefined;
  uploadLimitBytes: number;
  /** Requests per API key per UTC day unless the key has a lower quota of its own. */
  apiKeyDailyQuota: number;
  seedMode: "demo" | "none" | "auto";
  /** Public pages rendered right after each export (0 = none: each renders on its first visit). */
  warmPages: number;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return Math.floor(value);
}

function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

/** Reads the configuration on every call so tests and scripts can change env between runs. */
export function serverConfig(): ServerConfig {
  const seed = process.env.CYANEA_SEED;
  return {
    dataDir: path.resolve(/* turbopackIgnore: true */ process.env.CYANEA_DATA_DIR ?? ".data"),
    port: intFromEnv("PORT", 3000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    uploadLimitBytes: intFromEnv("CYANEA_UPLOAD_LIMIT_BYTES", 512 * 1024 * 1024),
    apiKeyDailyQuota: intFromEnv("CYANEA_API_KEY_DAILY_QUOTA", 10_000),
    seedMode: seed === "demo" ? "demo" : seed === "none" ? "none" : "auto",
    warmPages: countFromEnv("CYANEA_WARM_PAGES", 100),
  };
}
