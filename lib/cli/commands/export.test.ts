import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

describe("cyanea export", () => {
  let dir: string;
  const saved = { dataDir: process.env.CYANEA_DATA_DIR, databaseUrl: process.env.DATABASE_URL };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-export-cli-"));
    process.env.CYANEA_DATA_DIR = path.join(dir, "data");
    delete process.env.DATABASE_URL;
  });

  afterEach(() => {
    for (const [key, value] of [["CYANEA_DATA_DIR", saved.dataDir], ["DATABASE_URL", saved.databaseUrl]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("rejects wrong usage with exit code 2 before touching anything", async () => {
    const cases: Array<[string[], string]> = [
      [["--site-only"], "need --site DIR"],
      [["--url", "http://localhost:3000"], "need --site DIR"],
      [["--site", "out", "--url", "ftp://x"], "--url must be an http(s) origin"],
      [["--site", "out", "--url", "http://localhost:3000"], "use --site-only with --url"],
      [["--retain", "0"], "--retain must be between"],
      [["--site", "out", "--site-only", "--max-pages", "x"], "--max-pages must be an integer"],
      [["stray"], 'unexpected argument "stray"'],
    ];
    for (const [args, message] of cases) {
      const io = memoryIO();
      expect(await main(["export", ...args], io), args.join(" ")).toBe(2);
      expect(io.err(), args.join(" ")).toContain(message);
    }
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);
  });

  it("bundles nothing and leaves no temp dir when there is no snapshot", async () => {
    const io = memoryIO();
    expect(await main(["export", "--site", path.join(dir, "site"), "--site-only"], io)).toBe(1);
    expect(io.err()).toMatch(/^cyanea export: no snapshot in .*run `cyanea export` first\n$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("never replaces a directory that is not a bundle", async () => {
    const site = path.join(dir, "site");
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, "keep.txt"), "mine");
    const io = memoryIO();
    expect(await main(["export", "--site", site, "--site-only"], io)).toBe(1);
    expect(io.err()).toContain("is not a site bundle");
    expect(fs.readdirSync(dir)).toEqual(["site"]);
    expect(fs.readFileSync(path.join(site, "keep.txt"), "utf8")).toBe("mine");
  });

  it("exports a snapshot into the data dir and prints its summary", async () => {
    const io = memoryIO();
    expect(await main(["export", "--retain", "2"], io), io.err()).toBe(0);
    const summary = JSON.parse(io.out()) as { db: string; snapshotId: string; counts: Record<string, number> };
    expect(summary.db).toBe("pglite");
    expect(summary.counts["datasets.json"]).toBe(0);
    expect(fs.readlinkSync(path.join(dir, "data", "exports", "latest"))).toBe(summary.snapshotId);
  }, 120_000);
});
