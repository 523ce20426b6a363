import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../harness/app-server";
import { startPostgres, type PostgresServer } from "../harness/postgres-server";

const PUBLIC_TITLE = "SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)";

async function get(url: string): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("condition not met in time");
}

/**
 * The public site keeps serving from its snapshot while PostgreSQL is down; the API says
 * "backend unavailable" instead of crashing; everything recovers without a restart.
 * Its own PostgreSQL server and app instance, so stopping the database touches no other test.
 */
describe("PostgreSQL outage", () => {
  let pg: PostgresServer;
  let app: AppServer;

  beforeAll(async () => {
    pg = await startPostgres();
    app = await startApp({ databaseUrl: pg.url, seed: "demo", env: { CYANEA_LOG_LEVEL: "error", CYANEA_RATE_LIMIT_SCALE: "100" } });
    // The app exports a snapshot at start-up when none exists.
    await waitFor(async () => fs.existsSync(path.join(app.dataDir, "exports", "latest", "manifest.json")), 60_000);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
    await pg?.stop();
  });

  it("serves public pages from the snapshot, reports the API unavailable, and recovers", async () => {
    await pg.pause();

    for (const page of ["/", "/explore", "/trending", "/datasets/sars-cov-2-wuhan-hu-1-reference", "/feed.xml", "/sitemap.xml"]) {
      const res = await get(app.url + page);
      expect(res.status, page).toBe(200);
    }
    expect((await get(`${app.url}/datasets/sars-cov-2-wuhan-hu-1-reference`)).text).toContain(PUBLIC_TITLE);

    const health = await get(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text)).toMatchObject({ status: "degraded", dbReachable: false });

    const list = await get(`${app.url}/api/datasets`);
    expect(list.status).toBe(503);
    expect(list.type).toContain("application/problem+json");
    expect(JSON.parse(list.text)).toMatchObject({ code: "backend_unavailable" });

    await pg.resume();
    await waitFor(async () => (await get(`${app.url}/api/health`)).status === 200, 30_000);
    expect((await get(`${app.url}/api/datasets?limit=5`)).status).toBe(200);
  });
});
