/**
 * Shared by the exporter's tests: a migrated, demo-seeded database plus deliberately tricky private
 * objects (each with a distinctive title and slug so a leak is easy to spot), and helpers to read a
 * snapshot back. Not imported by production code.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type DbHandle, migrate } from "@/db/client";
import { activityEvents, datasets, labMembers, labs, protocolSteps, protocols, spaces, stars } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_ADMIN, DEMO_ADMIN_KEY_SECRET, DEMO_RESEARCHER, DEMO_RESEARCHER_KEY_SECRET } from "@/db/seed/demo-accounts";
import { userId } from "@/db/seed/demo-rows";
import { DiskBlobStorage } from "@/lib/storage/disk-blob-storage";
import { SNAPSHOT_FILE_NAMES, type SnapshotManifest } from "./snapshot-schema";
import { LATEST, exportsDir } from "./snapshot-store";

/** The seed's clock and the exports' clock in tests. */
export const SEED_NOW = new Date("2026-11-30T12:00:00.000Z");

/** Ids of the tricky objects, fixed so the seeded state is the same in every test file. */
const ID = {
  hiddenLab: "00000000-0000-4000-8000-00000000a001",
  privateDataset: "00000000-0000-4000-8000-00000000d001",
  draftDataset: "00000000-0000-4000-8000-00000000d002",
  publicInHiddenLab: "00000000-0000-4000-8000-00000000d003",
  privateProtocol: "00000000-0000-4000-8000-00000000f001",
  publicForkOfPrivate: "00000000-0000-4000-8000-00000000f002",
  privateSpace: "00000000-0000-4000-8000-00000000e001",
  publicSpaceOnPrivate: "00000000-0000-4000-8000-00000000e002",
};

/** Strings of the tricky private objects that must never appear in a snapshot. */
export const PLANTED_SECRETS = [
  "zz-hidden-lab-slug",
  "Zebra Hidden Lab Name",
  "zz-private-dataset-slug",
  "Quokka Private Dataset Title",
  "zz-draft-dataset-slug",
  "Narwhal Draft Dataset Title",
  "zz-private-protocol-slug",
  "Axolotl Private Protocol Title",
  "Okapi Secret Step Title",
  "zz-private-space-slug",
  "Pangolin Private Space Title",
  // Only private/draft datasets carry these: no category listing may be built from them.
  "zz-secret-tag",
  "Secretus organismus",
];

/** Public objects planted next to the secrets: they must appear, with their private links cut. */
export const PLANTED_PUBLIC = {
  datasetInHiddenLab: "public-dataset-in-hidden-lab",
  forkOfPrivate: "public-fork-of-private-protocol",
  spaceOnPrivate: "public-space-on-private-dataset",
};

/** Migrates, seeds the demo world at SEED_NOW and adds the planted objects. */
export async function seedExportFixture(handle: DbHandle, filesDir: string): Promise<void> {
  await migrate(handle);
  await seedDemo(handle, new DiskBlobStorage(filesDir), { now: SEED_NOW });
  const owner = userId(DEMO_RESEARCHER.handle);
  const at = (daysAgo: number) => new Date(SEED_NOW.getTime() - daysAgo * 86_400_000);
  const db = handle.db;
  await db.insert(labs).values({ id: ID.hiddenLab, slug: "zz-hidden-lab-slug", name: "Zebra Hidden Lab Name", visibility: "private", createdAt: at(100) });
  await db.insert(labMembers).values({ labId: ID.hiddenLab, userId: owner, role: "owner", joinedAt: at(100) });
  const dataset = { ownerId: owner, format: "fasta" as const, tags: ["zz-secret-tag"], organism: "Secretus organismus", createdAt: at(20), updatedAt: at(20) };
  await db.insert(datasets).values([
    { ...dataset, id: ID.privateDataset, slug: "zz-private-dataset-slug", title: "Quokka Private Dataset Title", visibility: "private", publishedAt: at(2) },
    { ...dataset, id: ID.draftDataset, slug: "zz-draft-dataset-slug", title: "Narwhal Draft Dataset Title", visibility: "public", publishedAt: null },
    {
      ...dataset,
      id: ID.publicInHiddenLab,
      slug: PLANTED_PUBLIC.datasetInHiddenLab,
      title: "Public dataset in a hidden lab",
      tags: ["genome"],
      organism: "Escherichia coli",
      labId: ID.hiddenLab,
      visibility: "public",
      publishedAt: at(1),
    },
  ]);
  await db.insert(protocols).values({ id: ID.privateProtocol, slug: "zz-private-protocol-slug", title: "Axolotl Private Protocol Title", ownerId: owner, visibility: "private", publishedAt: at(5), createdAt: at(6), updatedAt: at(6) });
  await db.insert(protocols).values({
    id: ID.publicForkOfPrivate,
    slug: PLANTED_PUBLIC.forkOfPrivate,
    title: "Public fork of a private protocol",
    ownerId: owner,
    visibility: "public",
    forkedFromId: ID.privateProtocol,
    publishedAt: at(1),
    createdAt: at(2),
    updatedAt: at(2),
  });
  await db.insert(protocolSteps).values({ protocolId: ID.privateProtocol, position: 0, title: "Okapi Secret Step Title", body: "secret body" });
  await db.insert(spaces).values([
    { id: ID.privateSpace, slug: "zz-private-space-slug", title: "Pangolin Private Space Title", ownerId: owner, visibility: "private", datasetId: ID.privateDataset, createdAt: at(3), updatedAt: at(3) },
    { id: ID.publicSpaceOnPrivate, slug: PLANTED_PUBLIC.spaceOnPrivate, title: "Public space on a private dataset", ownerId: owner, visibility: "public", datasetId: ID.privateDataset, createdAt: at(3), updatedAt: at(3) },
  ]);
  // Heavy, fresh activity on the private objects: they would top trending if the filter slipped.
  const fresh = (i: number) => new Date(SEED_NOW.getTime() - (i + 1) * 60_000);
  await db.insert(activityEvents).values(
    Array.from({ length: 300 }, (_, i) => ({ kind: "view" as const, targetType: i % 2 ? ("dataset" as const) : ("space" as const), targetId: i % 2 ? ID.privateDataset : ID.privateSpace, createdAt: fresh(i) })),
  );
  await db.insert(stars).values([
    { userId: owner, targetType: "dataset", targetId: ID.privateDataset, createdAt: fresh(1) },
    { userId: owner, targetType: "protocol", targetId: ID.privateProtocol, createdAt: fresh(1) },
    { userId: userId(DEMO_ADMIN.handle), targetType: "dataset", targetId: ID.draftDataset, createdAt: fresh(1) },
  ]);
}

/**
 * Everything private the database holds: titles and slugs of every non-public object, names and
 * slugs of private labs, every email, password hash, API key prefix and hash, and the demo secrets.
 * (Step titles of private protocols are not listed: generic ones such as "Lyse" also name steps of
 * public protocols; the planted private step has a distinctive title in PLANTED_SECRETS instead.)
 */
export async function privateStrings(handle: DbHandle): Promise<string[]> {
  const rows = await handle.query<{ s: string }>(`
    select title as s from datasets where not (visibility = 'public' and published_at is not null)
    union select slug from datasets where not (visibility = 'public' and published_at is not null)
    union select title from protocols where not (visibility = 'public' and published_at is not null)
    union select slug from protocols where not (visibility = 'public' and published_at is not null)
    union select title from spaces where visibility <> 'public'
    union select slug from spaces where visibility <> 'public'
    union select name from labs where visibility <> 'public'
    union select slug from labs where visibility <> 'public'
    union select email from users
    union select password_hash from users where password_hash is not null
    union select prefix from api_keys
    union select secret_hash from api_keys`);
  return [...new Set([...rows.map((r) => r.s), DEMO_RESEARCHER_KEY_SECRET, DEMO_ADMIN_KEY_SECRET, DEMO_RESEARCHER.password, DEMO_ADMIN.password])];
}

/** Reads `latest`'s target id (null if none). */
export function latestTarget(dataDir: string): string | null {
  try {
    return fs.readlinkSync(path.join(exportsDir(dataDir), LATEST));
  } catch {
    return null;
  }
}

export function readManifest(dir: string): SnapshotManifest {
  return JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
}

export const sha256File = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The text of every file of a snapshot dir, by name (manifest included). */
export function snapshotTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of [...SNAPSHOT_FILE_NAMES, "manifest.json"]) out.set(name, fs.readFileSync(path.join(dir, name), "utf8"));
  return out;
}

/** Entries of the exports dir other than complete snapshots and `latest`. */
export function strayEntries(dataDir: string): string[] {
  return fs.readdirSync(exportsDir(dataDir)).filter((n) => n.startsWith(".tmp-") || n.startsWith(`${LATEST}.tmp-`));
}
