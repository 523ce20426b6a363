import fs from "node:fs";
import path from "node:path";

/**
 * One process at a time on an embedded database. PGlite is a single-user PostgreSQL: two processes
 * opening the same directory each keep their own view of it, and whichever writes last silently
 * overwrites the other's changes. `acquirePgliteLock` takes `<dir>.lock` (the owning process id
 * and its start time) before the directory is opened and refuses while another live process holds
 * it; a lock left by a process that is gone is taken over. Opens within one process share the lock
 * (counted), and it is removed when the last one closes or the process exits.
 */

export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid} (a running Cyanea app or command). ` +
        "Stop that process first — or, while the app runs, export from the app (/admin/exports or POST /api/admin/exports) — " +
        "or point both at one PostgreSQL server with DATABASE_URL.",
    );
    this.name = "DatabaseInUseError";
  }
}

interface Held {
  file: string;
  count: number;
}

const held = new Map<string, Held>();
let exitHookInstalled = false;

/** Start time of a process (clock ticks since boot, /proc/<pid>/stat field 22), or null where /proc is absent. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number, startTime: string | null): boolean {
  if (fs.existsSync("/proc/self/stat")) {
    const now = startTimeOf(pid);
    // The pid is gone, or reused by a process that started at another time.
    return now !== null && (startTime === null || now === startTime);
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): { pid: number; startTime: string | null } | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { pid?: unknown; startTime?: unknown };
    if (typeof parsed.pid !== "number" || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return null;
    return { pid: parsed.pid, startTime: typeof parsed.startTime === "string" ? parsed.startTime : null };
  } catch {
    return null;
  }
}

/** Takes the lock for the database directory `dir`; returns its release. Throws DatabaseInUseError. */
export function acquirePgliteLock(dir: string): () => void {
  const key = path.resolve(dir);
  const mine = held.get(key);
  if (mine) {
    mine.count++;
    return once(() => release(key));
  }
  const file = `${key}.lock`;
  const record = JSON.stringify({ pid: process.pid, startTime: startTimeOf(process.pid), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, record, { flag: "wx" });
      held.set(key, { file, count: 1 });
      installExitHook();
      return once(() => release(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && alive(owner.pid, owner.startTime)) throw new DatabaseInUseError(key, owner.pid);
    // Stale (its process is gone), unreadable, or ours from before a fork: remove and retry.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the database lock ${file}`);
}

function release(key: string): void {
  const h = held.get(key);
  if (!h) return;
  h.count--;
  if (h.count > 0) return;
  held.delete(key);
  const owner = readOwner(h.file);
  if (owner?.pid === process.pid) fs.rmSync(h.file, { force: true });
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const key of [...held.keys()]) {
      const h = held.get(key)!;
      h.count = 1;
      release(key);
    }
  });
}
