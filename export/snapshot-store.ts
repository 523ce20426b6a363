/**
 * The on-disk layout of snapshots and the filesystem steps that make a switch atomic:
 *
 *   $dataDir/exports/<snapshotId>/        complete snapshots (manifest.json + collection files)
 *   $dataDir/exports/.tmp-<snapshotId>/   a snapshot being written (never read by anyone)
 *   $dataDir/exports/latest               symlink → <snapshotId> (relative), replaced by rename(2)
 *
 * Readers resolve `latest` once and then read inside the directory it names; a directory is never
 * modified after its rename, and retention never deletes the one `latest` names.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { SNAPSHOT_ID_PATTERN, type SnapshotId, type SnapshotManifest } from "./snapshot-schema";

export const LATEST = "latest";
const TMP_PREFIX = ".tmp-";

export const exportsDir = (dataDir: string) => path.join(dataDir, "exports");

/** `20261203T174501Z-ab12`: the export clock to the second (sortable), plus 16 random bits. */
export function newSnapshotId(now: Date): SnapshotId {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}

export const tmpDirOf = (dataDir: string, id: SnapshotId) => path.join(exportsDir(dataDir), `${TMP_PREFIX}${id}`);

/** fsync a directory so a rename or create inside it is durable. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await fs.open(dir, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The snapshot id `latest` points at, or null when there is none (or it dangles). */
export async function readLatestId(dataDir: string): Promise<SnapshotId | null> {
  try {
    const target = await fs.readlink(path.join(exportsDir(dataDir), LATEST));
    const id = path.basename(target);
    if (!SNAPSHOT_ID_PATTERN.test(id)) return null;
    await fs.access(path.join(exportsDir(dataDir), id, "manifest.json"));
    return id;
  } catch {
    return null;
  }
}

/** The manifest of the latest snapshot, or null. */
export async function readLatestManifest(dataDir: string): Promise<SnapshotManifest | null> {
  const id = await readLatestId(dataDir);
  if (!id) return null;
  return JSON.parse(await fs.readFile(path.join(exportsDir(dataDir), id, "manifest.json"), "utf8")) as SnapshotManifest;
}

/**
 * Moves a finished temp dir into place and points `latest` at it: rename dir, fsync parent, create
 * `latest.tmp-<id>` → `<id>`, rename it over `latest` (atomic replace of the link), fsync parent.
 */
export async function publishSnapshot(dataDir: string, id: SnapshotId): Promise<string> {
  const root = exportsDir(dataDir);
  const finalDir = path.join(root, id);
  await fsyncDir(tmpDirOf(dataDir, id));
  await fs.rename(tmpDirOf(dataDir, id), finalDir);
  await fsyncDir(root);
  const link = path.join(root, `${LATEST}${TMP_PREFIX}${id}`);
  await fs.rm(link, { force: true });
  await fs.symlink(id, link);
  await fs.rename(link, path.join(root, LATEST));
  await fsyncDir(root);
  return finalDir;
}

/** Removes what a failed run may have left: its temp dir, its link, and its final dir unless `latest` names it. */
export async function discardSnapshot(dataDir: string, id: SnapshotId): Promise<void> {
  const root = exportsDir(dataDir);
  await fs.rm(tmpDirOf(dataDir, id), { recursive: true, force: true });
  await fs.rm(path.join(root, `${LATEST}${TMP_PREFIX}${id}`), { force: true });
  if ((await readLatestId(dataDir)) !== id) await fs.rm(path.join(root, id), { recursive: true, force: true });
}

/** Complete snapshot ids on disk, oldest first. */
export async function listSnapshotIds(dataDir: string): Promise<SnapshotId[]> {
  let names: string[];
  try {
    names = await fs.readdir(exportsDir(dataDir));
  } catch {
    return [];
  }
  return names.filter((n) => SNAPSHOT_ID_PATTERN.test(n)).sort();
}

/**
 * Keeps the newest `retain` snapshots (by id, which sorts by export clock) and deletes the rest,
 * never the one `latest` points at. Also removes temp dirs and links older than `staleMs`, left by
 * a process that died mid-export. Returns the deleted ids.
 */
export async function pruneSnapshots(dataDir: string, retain: number, staleMs = 60 * 60 * 1000): Promise<SnapshotId[]> {
  const keep = Math.max(1, Math.floor(retain));
  const latest = await readLatestId(dataDir);
  const ids = await listSnapshotIds(dataDir);
  const doomed = ids.slice(0, Math.max(0, ids.length - keep)).filter((id) => id !== latest);
  const root = exportsDir(dataDir);
  for (const id of doomed) await fs.rm(path.join(root, id), { recursive: true, force: true });
  const now = Date.now();
  for (const name of await fs.readdir(root)) {
    if (!name.startsWith(TMP_PREFIX) && !name.startsWith(`${LATEST}${TMP_PREFIX}`)) continue;
    const stat = await fs.lstat(path.join(root, name)).catch(() => null);
    if (stat && now - stat.mtimeMs > staleMs) await fs.rm(path.join(root, name), { recursive: true, force: true });
  }
  return doomed;
}
