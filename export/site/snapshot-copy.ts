/** The latest snapshot's JSON files, copied into the bundle's `snapshot/` folder. */
import fs from "node:fs/promises";
import path from "node:path";
import type { SnapshotManifest } from "../snapshot-schema";
import { exportsDir, readLatestId } from "../snapshot-store";

/** Copies `latest`'s manifest and every file it lists into `dest`; returns the manifest. */
export async function copyLatestSnapshot(dataDir: string, dest: string): Promise<SnapshotManifest> {
  const id = await readLatestId(dataDir);
  if (!id) throw new Error(`no snapshot in ${exportsDir(dataDir)}: run \`cyanea export\` first`);
  const src = path.join(exportsDir(dataDir), id);
  const manifest = JSON.parse(await fs.readFile(path.join(src, "manifest.json"), "utf8")) as SnapshotManifest;
  await fs.mkdir(dest, { recursive: true });
  for (const name of [...Object.keys(manifest.files), "manifest.json"]) await fs.copyFile(path.join(src, name), path.join(dest, name));
  return manifest;
}
