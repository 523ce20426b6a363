import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { DEBIAN_CHROMIUM } from "./tests/harness/ensure-chromium";

// A random port, fixed for this run: set once in the main process, inherited by the workers,
// so parallel runs and leftover servers on a well-known port cannot collide.
process.env.E2E_PORT ??= String(20000 + Math.floor(Math.random() * 20000));
const port = Number(process.env.E2E_PORT);
const dataDir = path.join(os.tmpdir(), `cyanea-e2e-${port}`);
export const E2E_DATA_DIR = dataDir;

/** Journeys in Debian's Chromium against the real built app on a fresh embedded database. */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./tests/harness/ensure-chromium.ts",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  webServer: {
    command: `rm -rf "${dataDir}" && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), CYANEA_DATA_DIR: dataDir, CYANEA_SKIP_BUILD: "1", AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789", CYANEA_LOG_LEVEL: "warn", CYANEA_RATE_LIMIT_SCALE: "100" },
  },
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    trace: "retain-on-failure",
  },
  outputDir: "test-results/e2e-artifacts",
});
