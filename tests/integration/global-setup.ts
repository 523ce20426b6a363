import type { TestProject } from "vitest/node";
import { startApp, type AppServer } from "../harness/app-server";
import { startPostgres } from "../harness/postgres-server";

export interface Target {
  name: "pglite" | "postgres";
  url: string;
  dataDir: string;
  uploadLimitBytes: number;
  /** Whether the app renders public pages right after each export (off on PGlite, so a first visit after an export renders). */
  warmsPages: boolean;
}

declare module "vitest" {
  export interface ProvidedContext {
    targets: Target[];
  }
}

/** A small upload limit so the 413 path is cheap to exercise. */
const UPLOAD_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * One contract suite, two databases: the same built app is started on embedded PGlite and on a
 * real PostgreSQL server this harness starts itself.
 */
export default async function setup(project: TestProject) {
  // Rate limits scaled up: the suite makes hundreds of writes a minute with one API key.
  const env = { CYANEA_UPLOAD_LIMIT_BYTES: String(UPLOAD_LIMIT_BYTES), CYANEA_LOG_LEVEL: "warn", CYANEA_RATE_LIMIT_SCALE: "100" };
  const pg = await startPostgres();
  const servers: AppServer[] = [];
  try {
    const [lite, real] = await Promise.all([startApp({ env: { ...env, CYANEA_WARM_PAGES: "0" } }), startApp({ databaseUrl: pg.url, seed: "demo", env })]);
    servers.push(lite, real);
    project.provide("targets", [
      { name: "pglite", url: lite.url, dataDir: lite.dataDir, uploadLimitBytes: UPLOAD_LIMIT_BYTES, warmsPages: false },
      { name: "postgres", url: real.url, dataDir: real.dataDir, uploadLimitBytes: UPLOAD_LIMIT_BYTES, warmsPages: true },
    ]);
  } catch (err) {
    await Promise.all(servers.map((s) => s.stop()));
    await pg.stop();
    throw err;
  }
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg.stop();
  };
}
