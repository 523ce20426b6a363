import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, acquirePgliteLock } from "./pglite-lock";

const dirs: string[] = [];
function tempDb(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-lock-"));
  dirs.push(root);
  return path.join(root, "pglite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("embedded database lock", () => {
  it("is taken by the first open, shared within the process, and removed by the last close", () => {
    const dir = tempDb();
    const a = acquirePgliteLock(dir);
    const owner = JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    const b = acquirePgliteLock(dir);
    a();
    a(); // a release runs once
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);
    b();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("refuses while another live process holds it, naming that process", async () => {
    const dir = tempDb();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 100));
      const stat = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8");
      const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
      fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: child.pid, startTime }));
      let error: unknown;
      try {
        acquirePgliteLock(dir);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DatabaseInUseError);
      expect((error as Error).message).toContain(`in use by process ${child.pid}`);
      expect((error as Error).message).toContain("DATABASE_URL");
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("takes over a lock whose process is gone, or whose pid now belongs to a process started later", () => {
    const dir = tempDb();
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: Number(gone.stdout), startTime: "1" }));
    const release = acquirePgliteLock(dir);
    expect((JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")) as { pid: number }).pid).toBe(process.pid);
    release();

    // pid 1 is alive, but it did not start at tick 1 of this boot's clock… unless it did; use a clearly wrong time.
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 1, startTime: "-1" }));
    acquirePgliteLock(dir)();
    fs.writeFileSync(`${dir}.lock`, "not json");
    acquirePgliteLock(dir)();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
