import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface AppServer {
  url: string;
  /** Pid of the launcher; the Next.js server is among its descendants. */
  pid: number;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface AppServerOptions {
  databaseUrl?: string;
  seed?: "demo" | "none";
  env?: Record<string, string>;
  dataDir?: string;
}

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * Starts the real app through `npm start`'s script (migrate, seed, `next start`) on a free port and
 * a fresh data dir, using the existing production build. Output goes to a log file in the data dir.
 */
export async function startApp(opts: AppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-app-"));
  const logFile = path.join(dataDir, "server.log");
  const log = fs.openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CYANEA_DATA_DIR: dataDir,
    CYANEA_SKIP_BUILD: "1",
    AUTH_SECRET: "integration-test-secret-0123456789abcdef",
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.seed ? { CYANEA_SEED: opts.seed } : {}),
    ...opts.env,
  };
  if (!opts.databaseUrl) delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "scripts", "start.ts")], {
    cwd: root,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`app did not start; see ${logFile}`);
    const done = await Promise.race([exited, new Promise<"wait">((r) => setTimeout(() => r("wait"), 300))]);
    if (done !== "wait") throw new Error(`app exited with ${done}; see ${logFile}:\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok && fs.readFileSync(logFile, "utf8").includes("cyanea: serving")) break;
    } catch {
      // not up yet
    }
  }
  return {
    url,
    pid: child.pid!,
    dataDir,
    logFile,
    async stop() {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // already gone
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      fs.closeSync(log);
    },
  };
}
