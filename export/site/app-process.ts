/**
 * The production app started for a crawl: `scripts/start.ts` (builds first when there is no build
 * or it is stale, migrates, `next start`) on a free loopback port against the given data dir, with
 * the export scheduler off so `latest` cannot move under the crawl, and the database left unseeded.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface RunningApp {
  url: string;
  logFile: string;
  /** Stops the app's process group; removes the log unless `keepLog`. */
  stop(keepLog?: boolean): Promise<void>;
}

export interface StartAppOptions {
  root: string;
  dataDir: string;
  /** CYANEA_PUBLIC_URL for the pages' absolute links; unset keeps the app's own origin. */
  publicUrl?: string;
  /** Includes a first build when one is needed. */
  timeoutMs?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

export async function startBuiltApp(opts: StartAppOptions): Promise<RunningApp> {
  const port = await freePort();
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-site-app-")), "app.log");
  const log = fs.openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), CYANEA_DATA_DIR: opts.dataDir, CYANEA_EXPORT_SCHEDULER: "off", CYANEA_SEED: "none" };
  if (opts.publicUrl) env.CYANEA_PUBLIC_URL = opts.publicUrl;
  const child = spawn(process.execPath, [path.join(opts.root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(opts.root, "scripts", "start.ts")], {
    cwd: opts.root,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // The app runs in its own process group: take it down if this process exits or is interrupted.
  const onExit = () => child.pid && signalGroup(child.pid, "SIGKILL");
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let stopping: Promise<void> | null = null;
  const stop = (keepLog = false) =>
    (stopping ??= (async () => {
      process.off("exit", onExit);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      // The whole group: `next start` outlives a launcher that was signalled while starting it.
      if (child.pid && !(await groupGone(child.pid, "SIGTERM", 10_000))) await groupGone(child.pid, "SIGKILL", 5_000);
      fs.closeSync(log);
      if (!keepLog) fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
    })());
  const deadline = Date.now() + (opts.timeoutMs ?? 15 * 60_000);
  for (;;) {
    const done = await Promise.race([exited, new Promise<"wait">((r) => setTimeout(() => r("wait"), 300))]);
    if (done !== "wait") {
      await stop(true);
      throw new Error(`the app exited with code ${done} before serving (log: ${logFile})`);
    }
    if (fs.readFileSync(logFile, "utf8").includes("cyanea: serving")) break;
    if (Date.now() > deadline) {
      await stop(true);
      throw new Error(`the app did not start in time (log: ${logFile})`);
    }
  }
  return { url: `http://127.0.0.1:${port}`, logFile, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Signals process group `pid` and waits until it has no member left; false on timeout. */
async function groupGone(pid: number, signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> {
  signalGroup(pid, signal);
  const deadline = Date.now() + timeoutMs;
  while (signalGroup(pid, 0)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}
