import { createReadStream } from "node:fs";
import path from "node:path";
import type { FileFormat } from "@/lib/domain/api-types";
import { ingestFile } from "@/lib/services/datasets/ingest-file";
import type { BlobStorage } from "@/lib/storage";

/** Where the seed's real files live (resolved like `migrationsFolder`: from the project root). */
export const SEED_DATA_DIR = path.join(process.cwd(), "db", "seed", "data");

/** Generous per-file bound: the largest seed file (7DDO.pdb) is ~0.56 MB. */
const SEED_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** What a `dataset_files` row needs about a stored file. */
export interface SeedFile {
  name: string;
  format: FileFormat;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  summary: unknown;
}

/**
 * Stores each named file through the same ingest path as an upload (stage → sniff → parse →
 * commit), so seeded summaries are exactly what the app computes for a user's file. This is the
 * one place the seed calls the ingest service. Returns files by name plus how many blobs were new.
 */
export async function ingestSeedFiles(
  storage: BlobStorage,
  names: readonly string[],
  dataDir: string = SEED_DATA_DIR,
): Promise<{ files: Map<string, SeedFile>; blobsCreated: number }> {
  const files = new Map<string, SeedFile>();
  let blobsCreated = 0;
  // Sequential on purpose: a few small files, and a deterministic order of work and errors.
  for (const name of names) {
    if (files.has(name)) continue;
    const ingested = await ingestFile(storage, { name, stream: createReadStream(path.join(dataDir, name)) }, { maxBytes: SEED_FILE_MAX_BYTES });
    const { key, created } = await ingested.staged.commit();
    if (created) blobsCreated++;
    files.set(name, {
      name,
      format: ingested.format,
      sizeBytes: ingested.sizeBytes,
      sha256: ingested.sha256,
      storageKey: key,
      summary: ingested.summary,
    });
  }
  return { files, blobsCreated };
}
