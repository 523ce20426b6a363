/**
 * Server-side reader of the latest public snapshot (`$dataDir/exports/latest/`). Public pages read
 * only this, never the database, so they keep serving while PostgreSQL is down.
 *
 * Invariant: a snapshot directory is never modified after it is renamed into place (see
 * export/snapshot-store.ts), so a parsed file can be cached for as long as its snapshot id lives.
 * `latest` is resolved on every call (one readlink), so a new export shows on the next request.
 * Memory is bounded: at most MAX_CACHED_SNAPSHOTS snapshots stay parsed (the current one and the
 * one requests in flight may still hold), least recently used evicted first.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { exportsDir, readLatestId } from "@/export/snapshot-store";
import {
  SNAPSHOT_SCHEMA_VERSION,
  type SnapshotDataset,
  type SnapshotFileName,
  type SnapshotFiles,
  type SnapshotLab,
  type SnapshotManifest,
  type SnapshotProtocol,
  type SnapshotSpace,
} from "@/export/snapshot-schema";

const MAX_CACHED_SNAPSHOTS = 2;

/** One complete snapshot: the manifest plus lazily parsed, memoised collection files. */
export class Snapshot {
  private readonly files = new Map<SnapshotFileName, Promise<unknown>>();
  private readonly indexes = new Map<string, Promise<Map<string, unknown>>>();

  constructor(
    readonly manifest: SnapshotManifest,
    private readonly dir: string,
  ) {}

  get id(): string {
    return this.manifest.snapshotId;
  }

  get generatedAt(): string {
    return this.manifest.generatedAt;
  }

  /** The parsed content of one collection file (parsed once per snapshot). */
  file<F extends SnapshotFileName>(name: F): Promise<SnapshotFiles[F]> {
    let pending = this.files.get(name);
    if (!pending) {
      pending = fs.readFile(path.join(this.dir, name), "utf8").then((text) => JSON.parse(text) as unknown);
      // A failed read must not poison the cache: the next request retries.
      pending.catch(() => this.files.delete(name));
      this.files.set(name, pending);
    }
    return pending as Promise<SnapshotFiles[F]>;
  }

  private bySlug<T extends { slug: string }>(name: "datasets.json" | "protocols.json" | "spaces.json" | "labs.json"): Promise<Map<string, T>> {
    let index = this.indexes.get(name);
    if (!index) {
      index = this.file(name).then((items) => new Map((items as Array<{ slug: string }>).map((item) => [item.slug, item])));
      index.catch(() => this.indexes.delete(name));
      this.indexes.set(name, index);
    }
    return index as Promise<Map<string, T>>;
  }

  async dataset(slug: string): Promise<SnapshotDataset | null> {
    return (await this.bySlug<SnapshotDataset>("datasets.json")).get(slug) ?? null;
  }

  async protocol(slug: string): Promise<SnapshotProtocol | null> {
    return (await this.bySlug<SnapshotProtocol>("protocols.json")).get(slug) ?? null;
  }

  async space(slug: string): Promise<SnapshotSpace | null> {
    return (await this.bySlug<SnapshotSpace>("spaces.json")).get(slug) ?? null;
  }

  async lab(slug: string): Promise<SnapshotLab | null> {
    return (await this.bySlug<SnapshotLab>("labs.json")).get(slug) ?? null;
  }

  private labIndex: Promise<Map<string, LabContents>> | null = null;

  /** A lab's public datasets, protocols and spaces, newest first (one pass over the collections per snapshot). */
  async labContents(slug: string): Promise<LabContents> {
    if (!this.labIndex) {
      const building = Promise.all([this.file("datasets.json"), this.file("protocols.json"), this.file("spaces.json")]).then(([datasets, protocols, spaces]) => {
        const index = new Map<string, LabContents>();
        const entry = (lab: string) => {
          let e = index.get(lab);
          if (!e) index.set(lab, (e = { datasets: [], protocols: [], spaces: [] }));
          return e;
        };
        for (const d of datasets) if (d.lab) entry(d.lab.slug).datasets.push(d);
        for (const p of protocols) if (p.lab) entry(p.lab.slug).protocols.push(p);
        for (const s of spaces) if (s.lab) entry(s.lab.slug).spaces.push(s);
        for (const e of index.values()) {
          e.datasets.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
          e.protocols.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
          e.spaces.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.slug.localeCompare(b.slug));
        }
        return index;
      });
      building.catch(() => {
        this.labIndex = null;
      });
      this.labIndex = building;
    }
    return (await this.labIndex).get(slug) ?? { datasets: [], protocols: [], spaces: [] };
  }
}

export interface LabContents {
  datasets: SnapshotDataset[];
  protocols: SnapshotProtocol[];
  spaces: SnapshotSpace[];
}

const cache = new Map<string, Promise<Snapshot | null>>();

function remember(key: string, value: Promise<Snapshot | null>): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > MAX_CACHED_SNAPSHOTS) cache.delete(cache.keys().next().value as string);
}

async function openSnapshot(dir: string): Promise<Snapshot | null> {
  const manifest = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
  // A snapshot written by a newer, incompatible exporter is treated as absent rather than misread.
  if (Math.floor(manifest.schemaVersion) !== SNAPSHOT_SCHEMA_VERSION) return null;
  return new Snapshot(manifest, dir);
}

/** The latest complete snapshot under `dataDir`, or null while none has been exported yet. */
export async function loadLatestSnapshot(dataDir: string): Promise<Snapshot | null> {
  const id = await readLatestId(dataDir);
  if (!id) return null;
  // Read through the id, not through `latest`: the link may switch between two file reads.
  const dir = path.join(exportsDir(dataDir), id);
  const key = `${dir}`;
  const hit = cache.get(key);
  if (hit) {
    remember(key, hit);
    return hit;
  }
  const opened = openSnapshot(dir);
  opened.catch(() => cache.delete(key));
  remember(key, opened);
  return opened;
}

/** Test hook: forget every parsed snapshot. */
export function clearSnapshotCache(): void {
  cache.clear();
}
