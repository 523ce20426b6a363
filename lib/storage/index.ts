import path from "node:path";
import { serverConfig } from "@/lib/config/env";
import type { BlobStorage } from "./blob-storage";
import { DiskBlobStorage } from "./disk-blob-storage";

export type { BlobStorage, StagedBlob } from "./blob-storage";
export { BlobTooLargeError } from "./blob-storage";

let storage: BlobStorage | null = null;

/** The process's blob storage: `$CYANEA_DATA_DIR/files`. */
export function getStorage(): BlobStorage {
  storage ??= new DiskBlobStorage(path.join(serverConfig().dataDir, "files"));
  return storage;
}
