import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port";

const run = promisify(execFile);

/** A throwaway PostgreSQL server listening on a unix socket only, in its own temp dir. */
export interface PostgresServer {
  /** postgres.js URL: `postgres://postgres@localhost:PORT/postgres?host=DIR&port=PORT`. */
  url: string;
  port: number;
  /** Temp dir holding `data/`, the socket and `postgres.log`. */
  dir: string;
  /** Stops the server (fast shutdown) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops the server but keeps its data, to simulate an outage; `resume()` starts it again on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Whether the server is up as far as this handle knows. */
  readonly running: boolean;
}

export interface StartPostgresOptions {
  port?: number;
  /** Extra `-c name=value` server settings (values without spaces), e.g. `{ max_connections: "200" }`. */
  settings?: Record<string, string>;
}

const PG_ROOT = "/usr/lib/postgresql";

/** The newest installed major version's bin dir, or null. */
function findBinDir(): string | null {
  if (!fs.existsSync(PG_ROOT)) return null;
  const versions = fs
    .readdirSync(PG_ROOT)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(PG_ROOT, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_ROOT, versions[0], "bin") : null;
}

let install: Promise<string> | null = null;

/** Finds the binaries, installing Debian's `postgresql` package once per process if they are missing. */
export function ensurePostgresBinaries(): Promise<string> {
  const found = findBinDir();
  if (found) return Promise.resolve(found);
  install ??= (async () => {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    await run("apt-get", ["update"], { env, maxBuffer: 64 * 1024 * 1024 });
    await run("apt-get", ["install", "-y", "postgresql"], { env, maxBuffer: 64 * 1024 * 1024 });
    const bin = findBinDir();
    if (!bin) throw new Error("postgresql installed but no /usr/lib/postgresql/*/bin/pg_ctl found");
    return bin;
  })();
  return install;
}

const isRoot = () => process.getuid?.() === 0;

/** initdb and postgres refuse to run as root: drop to the `postgres` user when we are root. */
function asPostgres(bin: string, args: string[]): [string, string[]] {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

async function pg(binDir: string, tool: string, args: string[]): Promise<void> {
  const [cmd, argv] = asPostgres(path.join(binDir, tool), args);
  try {
    await run(cmd, argv, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${tool} failed: ${e.message}\n${e.stderr ?? ""}${e.stdout ?? ""}`);
  }
}

const shellQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * A detached shell that outlives us: once this process is gone (even killed by SIGKILL, or a test
 * worker torn down without running exit hooks) it stops the server and removes its directory, so
 * no postgres outlives the tests.
 */
function spawnWatchdog(pgCtl: string, dataDir: string, dir: string): ChildProcess {
  const [cmd, argv] = asPostgres(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
  const stop = [cmd, ...argv].map(shellQuote).join(" ");
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${stop} >/dev/null 2>&1; rm -rf ${shellQuote(dir)}`;
  const child = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  child.unref();
  return child;
}

/**
 * Starts a fresh PostgreSQL (Debian package, newest installed major) in a temp dir: `initdb` as the
 * postgres user, unix socket only (`listen_addresses=''`), fsync off since the data is disposable.
 */
export async function startPostgres(opts: StartPostgresOptions = {}): Promise<PostgresServer> {
  const binDir = await ensurePostgresBinaries();
  const port = opts.port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  if (isRoot()) execFileSync("chown", ["postgres:postgres", dir]);

  const settings: Record<string, string> = {
    listen_addresses: "''",
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    ...opts.settings,
  };
  // pg_ctl hands -o to a shell, so the empty listen_addresses needs its quotes kept.
  const serverArgs = [`-p ${port}`, `-k ${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(" ");
  const pgCtl = path.join(binDir, "pg_ctl");

  let running = false;
  let removed = false;
  const start = async () => {
    try {
      await pg(binDir, "pg_ctl", ["-D", dataDir, "-l", logFile, "-o", serverArgs, "-w", "-t", "60", "start"]);
    } catch (err) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-2000) : "";
      throw new Error(`${(err as Error).message}\npostgres.log:\n${log}`);
    }
    running = true;
  };
  const halt = async () => {
    if (!running) return;
    await pg(binDir, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    running = false;
  };

  try {
    // C locale and UTF8: identical collation on every machine, and no dependency on installed locales.
    await pg(binDir, "initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]);
    await start();
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const watchdog = spawnWatchdog(pgCtl, dataDir, dir);

  return {
    url: `postgres://postgres@localhost:${port}/postgres?host=${/^[\w/.-]+$/.test(dir) ? dir : encodeURIComponent(dir)}&port=${port}`,
    port,
    dir,
    get running() {
      return running;
    },
    async stop() {
      if (removed) return;
      // Halt first: if that throws, the watchdog is still there to clean up at exit.
      await halt();
      if (watchdog.pid && watchdog.exitCode === null) watchdog.kill();
      removed = true;
      fs.rmSync(dir, { recursive: true, force: true });
    },
    pause: halt,
    async resume() {
      if (removed) throw new Error("postgres server was stopped and removed");
      if (!running) await start();
    },
  };
}
