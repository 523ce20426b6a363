import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type BlobStorage, BlobTooLargeError, type StagedBlob } from "./blob-storage";

const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** Blobs on local disk: `<root>/<aa>/<bb>/<sha256>`, staged under `<root>/.staging/`. */
export class DiskBlobStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid blob key`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async stage(maxBytes: number): Promise<StagedBlob> {
    const stagingDir = path.join(this.root, ".staging");
    await fs.mkdir(stagingDir, { recursive: true });
    const tempPath = path.join(stagingDir, randomUUID());
    const handle = await fs.open(tempPath, "wx");
    const hash = createHash("sha256");
    let size = 0;
    let result: { sha256: string; sizeBytes: number } | null = null;
    let closed = false;
    const close = async () => {
      if (!closed) {
        closed = true;
        await handle.close();
      }
    };
    const pathOf = (key: string) => this.pathOf(key);
    const staged: StagedBlob = {
      path: tempPath,
      async write(chunk) {
        size += chunk.byteLength;
        if (size > maxBytes) throw new BlobTooLargeError(maxBytes);
        hash.update(chunk);
        let offset = 0;
        while (offset < chunk.byteLength) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
          offset += bytesWritten;
        }
      },
      async finish() {
        if (!result) {
          await handle.sync();
          await close();
          result = { sha256: hash.digest("hex"), sizeBytes: size };
        }
        return result;
      },
      async commit() {
        const { sha256 } = await staged.finish();
        const finalPath = pathOf(sha256);
        await fs.mkdir(path.dirname(finalPath), { recursive: true });
        try {
          // link() fails if the target exists: an atomic "create if absent" that makes concurrent
          // uploads of the same bytes converge on one stored copy.
          await fs.link(tempPath, finalPath);
          await fs.unlink(tempPath);
          return { key: sha256, created: true };
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
          await fs.unlink(tempPath);
          return { key: sha256, created: false };
        }
      },
      async discard() {
        await close();
        await fs.rm(tempPath, { force: true });
      },
    };
    return staged;
  }

  open(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : {});
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
