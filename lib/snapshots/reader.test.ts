import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { clearSnapshotCache, loadLatestSnapshot } = await import("./reader");

let dataDir: string;

/** Writes a minimal complete snapshot directory and points `latest` at it, as the exporter does. */
function writeSnapshot(id: string, opts: { schemaVersion?: number; title?: string } = {}): void {
  const dir = path.join(dataDir, "exports", id);
  fs.mkdirSync(dir, { recursive: true });
  const dataset = { slug: "a-dataset", title: opts.title ?? "A dataset", lab: { slug: "lab-1", name: "Lab" }, publishedAt: "2026-01-01T00:00:00.000Z" };
  fs.writeFileSync(path.join(dir, "datasets.json"), JSON.stringify([dataset]));
  fs.writeFileSync(path.join(dir, "protocols.json"), "[]");
  fs.writeFileSync(path.join(dir, "spaces.json"), "[]");
  fs.writeFileSync(path.join(dir, "labs.json"), JSON.stringify([{ slug: "lab-1", name: "Lab" }]));
  const manifest = { schemaVersion: opts.schemaVersion ?? 1, snapshotId: id, generatedAt: "2026-12-03T17:45:01.123Z", counts: {}, files: {} };
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  const link = path.join(dataDir, "exports", "latest");
  fs.rmSync(link, { force: true });
  fs.symlinkSync(id, link);
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-reader-"));
  clearSnapshotCache();
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("loadLatestSnapshot", () => {
  it("returns null while no snapshot exists", async () => {
    expect(await loadLatestSnapshot(dataDir)).toBeNull();
  });

  it("reads collections and looks objects up by slug", async () => {
    writeSnapshot("20261203T174501Z-ab12");
    const snap = await loadLatestSnapshot(dataDir);
    expect(snap?.id).toBe("20261203T174501Z-ab12");
    expect((await snap!.dataset("a-dataset"))?.title).toBe("A dataset");
    expect(await snap!.dataset("missing")).toBeNull();
    expect((await snap!.labContents("lab-1")).datasets.map((d) => d.slug)).toEqual(["a-dataset"]);
  });

  it("reuses the parsed snapshot until latest switches, then serves the new one", async () => {
    writeSnapshot("20261203T174501Z-ab12", { title: "Old" });
    const first = await loadLatestSnapshot(dataDir);
    expect(await loadLatestSnapshot(dataDir)).toBe(first);
    writeSnapshot("20261203T180000Z-cd34", { title: "New" });
    const second = await loadLatestSnapshot(dataDir);
    expect(second).not.toBe(first);
    expect((await second!.dataset("a-dataset"))?.title).toBe("New");
  });

  it("refuses a snapshot of an unknown schema version", async () => {
    writeSnapshot("20261203T174501Z-ab12", { schemaVersion: 2 });
    expect(await loadLatestSnapshot(dataDir)).toBeNull();
  });
});
