/**
 * `npm start`: build if needed, migrate, seed an empty embedded database, serve (scripts/serve.mjs), print the URL.
 * Environment: PORT, CYANEA_DATA_DIR, DATABASE_URL, CYANEA_SEED, AUTH_SECRET (see README).
 */
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverConfig } from "../lib/config/env";
import { DEMO_ACCOUNTS } from "../db/seed/demo-accounts";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsStale } from "./lib/build-freshness";
import { prepareDatabase } from "./lib/prepare-db";
import { workerCount } from "./lib/worker-count.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cfg = serverConfig();
const distDir = process.env.CYANEA_DIST_DIR ?? ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

async function main(): Promise<void> {
  const t0 = Date.now();
  // Checked here so that a bad value is refused before the build and the database start.
  workerCount(process.env.CYANEA_WORKERS, { databaseUrl: cfg.databaseUrl, cores: os.availableParallelism() });
  const env = { ...process.env, AUTH_SECRET: ensureAuthSecret(cfg.dataDir), AUTH_TRUST_HOST: "true", CYANEA_DATA_DIR: cfg.dataDir, PORT: String(cfg.port), NODE_ENV: "production" as const };

  if (process.env.CYANEA_SKIP_BUILD !== "1") {
    const wasm = spawnSync(process.execPath, [path.join(root, "scripts", "build-wasm.mjs")], { cwd: root, env, stdio: "inherit" });
    if (wasm.status !== 0) process.exit(wasm.status ?? 1);
  }
  if (process.env.CYANEA_SKIP_BUILD !== "1" && buildIsStale(root, distDir)) {
    console.log("cyanea: building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const db = await prepareDatabase({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, seed: cfg.seedMode });
  console.log(`cyanea: database ready (${db.kind}${db.seeded ? ", seeded with demo data" : ""})`);

  // scripts/serve.mjs rather than `next start`: it stamps each request with its socket address (see there).
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));

  const url = `http://localhost:${cfg.port}`;
  await waitForHealth(`${url}/api/health`, 120_000);
  console.log(`\ncyanea: serving ${url}  (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s, data in ${cfg.dataDir})`);
  if (db.kind === "pglite" || cfg.seedMode === "demo") {
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}  api key: ${a.apiKey}`);
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy within ${timeoutMs / 1000} s`);
}

main().catch((err: unknown) => {
  console.error(`cyanea: ${(err as Error).message}`);
  process.exit(1);
});
