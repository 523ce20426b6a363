import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { snapshotPagePaths } from "./snapshot-pages";

describe("snapshotPagePaths", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-snap-pages-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists every category, lab, protocol, space and dataset page, percent-encoded", async () => {
    const files: Record<string, unknown> = {
      "by-format.json": [{ kind: "format", value: "fasta" }],
      "by-organism.json": [{ kind: "organism", value: "Homo sapiens" }],
      "by-tag.json": [{ kind: "tag", value: "a/b" }],
      "labs.json": [{ slug: "lab-1" }],
      "protocols.json": [{ slug: "p-1", lab: { slug: "lab-1" } }],
      "spaces.json": [{ slug: "s-1" }],
      "datasets.json": [{ slug: "d-1", lab: { slug: "lab-1" } }, { slug: "d-2", lab: null }],
    };
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(body));
    expect(await snapshotPagePaths(dir)).toEqual([
      "/explore/format/fasta",
      "/explore/organism/Homo%20sapiens",
      "/explore/tag/a%2Fb",
      "/labs/lab-1",
      "/protocols/p-1",
      "/spaces/s-1",
      "/datasets/d-1",
      "/datasets/d-2",
    ]);
  });
});
