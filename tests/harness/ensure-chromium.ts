import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Debian's Chromium: Playwright's own browser download needs the internet, the distribution's package does not. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Playwright global setup: the browser the e2e journeys drive. Uses `CHROMIUM_PATH` when set,
 * else Debian's package, installing it with apt-get when it is missing (as the PostgreSQL harness
 * does for the server), so `npm test` needs nothing installed by hand.
 */
export default function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || fs.existsSync(DEBIAN_CHROMIUM)) return;
  console.log("e2e: installing Debian's chromium package");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { env, stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { env, stdio: "inherit" });
  if (!fs.existsSync(DEBIAN_CHROMIUM)) throw new Error(`chromium installed but ${DEBIAN_CHROMIUM} is missing`);
}
