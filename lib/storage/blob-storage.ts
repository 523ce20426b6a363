import type { Readable } from "node:stream";

/** A blob being written: bytes are hashed and counted as they stream in. */
export interface StagedBlob {
  /** Appends bytes; rejects with `BlobTooLargeError` once the limit is crossed. */
  write(chunk: Uint8Array): Promise<void>;
  /** Local path of the staged bytes (readable until commit or discard). */
  readonly path: string;
  /** Finishes writing: returns the sha256 (hex) and size. */
  finish(): Promise<{ sha256: string; sizeBytes: number }>;
  /** Moves the finished blob to its content address; `created` is false when it was already stored (dedupe). */
  commit(): Promise<{ key: string; created: boolean }>;
  /** Removes the staged bytes. Safe to call more than once. */
  discard(): Promise<void>;
}

/** Content-addressed storage: the key of a blob is its sha256. An object store can implement this too. */
export interface BlobStorage {
  stage(maxBytes: number): Promise<StagedBlob>;
  open(key: string, range?: { start: number; end: number }): Readable;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`blob exceeds ${maxBytes} bytes`);
    this.name = "BlobTooLargeError";
  }
}
