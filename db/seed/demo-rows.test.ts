import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromSpaceSettings, chosenOps } from "@/lib/ui/analyze/settings";
import { DEMO_ADMIN, DEMO_RESEARCHER } from "./demo-accounts";
import { buildDemoRows, seedFileNames, userId } from "./demo-rows";
import { SEED_DATA_DIR, type SeedFile } from "./ingest";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const DAY_MS = 86_400_000;

/** Stand-in ingest results: these tests check the seed's shape, not the parsers. */
function fakeFiles(): Map<string, SeedFile> {
  const format = (name: string): SeedFile["format"] =>
    name.endsWith(".fastq") ? "fastq" : name.endsWith(".gb") ? "genbank" : name.endsWith(".pdb") ? "pdb" : name.endsWith(".cif") ? "mmcif" : name.endsWith(".csv") ? "csv" : "fasta";
  return new Map(seedFileNames().map((name) => [name, { name, format: format(name), sizeBytes: 1, sha256: "0".repeat(64), storageKey: "0".repeat(64), summary: {} }]));
}

describe("demo seed content", () => {
  const rows = buildDemoRows(NOW, fakeFiles(), { researcher: "r", admin: "a", colleague: "c" });

  it("uses every copied data file, and only those", () => {
    const onDisk = fs.readdirSync(SEED_DATA_DIR).filter((f) => f !== "README.md").sort();
    expect([...seedFileNames()].sort()).toEqual(onDisk);
    const readme = fs.readFileSync(path.join(SEED_DATA_DIR, "README.md"), "utf8");
    for (const f of onDisk) expect(readme).toContain(`\`${f}\``);
  });

  it("opens its sequence spaces in the workbench with their saved operation, on the named file", () => {
    const sequenceSpaces = rows.spaces.filter((s) => (s.settings as { analysis?: unknown }).analysis !== undefined && typeof (s.settings as { analysis?: unknown }).analysis === "object");
    expect(sequenceSpaces.length).toBeGreaterThanOrEqual(4);
    for (const space of sequenceSpaces) {
      const restored = fromSpaceSettings(space.settings);
      expect(restored, space.slug).not.toBeNull();
      expect(chosenOps(restored!).length, space.slug).toBe(1);
      const view = space.viewState as { openResults: string[]; datasetFileId?: string };
      expect(view.openResults).toEqual(chosenOps(restored!));
      const file = rows.datasetFiles.find((f) => f.id === view.datasetFileId);
      expect(file?.datasetId, space.slug).toBe(space.datasetId);
    }
    const digest = fromSpaceSettings(rows.spaces.find((s) => s.slug === "ppcp1-ecori-bamhi-digest")!.settings)!;
    expect(digest.params.digest).toEqual({ enzymes: ["EcoRI", "BamHI"], circular: true });
  });

  it("has the promised amounts", () => {
    expect(rows.labs.length).toBeGreaterThanOrEqual(3);
    expect(rows.labs.some((l) => l.visibility === "private")).toBe(true);
    expect(rows.users.filter((u) => u.role === "researcher").length).toBeGreaterThanOrEqual(6);
    expect(rows.users.find((u) => u.email === DEMO_ADMIN.email)?.role).toBe("admin");
    expect(rows.datasets.length).toBeGreaterThanOrEqual(12);
    expect(rows.protocols.length).toBeGreaterThanOrEqual(6);
    expect(rows.spaces.length).toBeGreaterThanOrEqual(4);
    for (const p of rows.protocols) {
      const steps = rows.protocolSteps.filter((s) => s.protocolId === p.id);
      expect(steps.length, p.slug).toBeGreaterThanOrEqual(4);
      expect(steps.length, p.slug).toBeLessThanOrEqual(10);
      expect(steps.map((s) => s.position)).toEqual(steps.map((_, i) => i));
    }
  });

  it("mixes public and private, drafts and published", () => {
    const kinds = new Set(rows.datasets.map((d) => `${d.visibility}/${d.publishedAt ? "published" : "draft"}`));
    expect(kinds).toEqual(new Set(["public/published", "public/draft", "private/published", "private/draft"]));
  });

  it("makes the demo researcher owner of one lab, member of another, and outsider to a private one", () => {
    const me = userId(DEMO_RESEARCHER.handle);
    const mine = rows.labMembers.filter((m) => m.userId === me);
    expect(mine.map((m) => m.role).sort()).toEqual(["member", "owner"]);
    const privateLabs = rows.labs.filter((l) => l.visibility === "private").map((l) => l.id);
    const hidden = rows.datasets.filter((d) => d.visibility === "private" && d.labId && privateLabs.includes(d.labId) && !mine.some((m) => m.labId === d.labId));
    expect(hidden.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps every timestamp in the past and activity in the last 30 days", () => {
    const all = [...rows.users, ...rows.labs, ...rows.datasets, ...rows.protocols, ...rows.spaces, ...rows.stars, ...rows.events];
    for (const r of all) expect(r.createdAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
    for (const e of rows.events) expect(NOW.getTime() - e.createdAt.getTime()).toBeLessThanOrEqual(30 * DAY_MS);
    const recent = rows.events.filter((e) => NOW.getTime() - e.createdAt.getTime() < 3 * DAY_MS);
    expect(recent.length / rows.events.length).toBeGreaterThan(0.15);
  });

  it("is a pure function of its inputs", () => {
    expect(buildDemoRows(NOW, fakeFiles(), { researcher: "r", admin: "a", colleague: "c" })).toEqual(rows);
  });
});
