/**
 * The bundle is written into a temp dir beside its destination and renamed into place at the end,
 * so a failed or half-written bundle never replaces a good one. A marker file tells a previous
 * bundle (safe to replace) from any other directory (never touched).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export const MARKER = ".cyanea-site.json";

/** Creates `.<name>.tmp-<random>` next to `dest`; refuses a `dest` that is a non-empty non-bundle. */
export async function makeTempBeside(dest: string): Promise<string> {
  const entries: string[] = await fs.readdir(dest).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`${dest} exists and is not a site bundle (no ${MARKER}); choose an empty or new directory`);
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.tmp-${randomBytes(4).toString("hex")}`);
  await fs.mkdir(tmp);
  return tmp;
}

/** Moves `tmp` to `dest`, replacing a previous bundle there (two renames: `dest` is absent only in between). */
export async function swapIntoPlace(tmp: string, dest: string): Promise<void> {
  const old = `${path.join(path.dirname(dest), `.${path.basename(dest)}.old-${randomBytes(4).toString("hex")}`)}`;
  let moved = false;
  try {
    await fs.rename(dest, old);
    moved = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  await fs.rename(tmp, dest);
  if (moved) await fs.rm(old, { recursive: true, force: true });
}

/** Number of files and their total size under `dir`. */
export async function treeSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
