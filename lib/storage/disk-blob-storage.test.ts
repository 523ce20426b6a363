import { describe, expect, it } from "vitest";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { DiskBlobStorage } from "./disk-blob-storage";
import { BlobTooLargeError } from "./blob-storage";

async function tempStorage() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cyanea-blob-"));
  return { dir, storage: new DiskBlobStorage(dir) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

describe("DiskBlobStorage", () => {
  it("stores by sha256 and reads back the same bytes", async () => {
    const { storage } = await tempStorage();
    const staged = await storage.stage(1024);
    await staged.write(new TextEncoder().encode(">a\nACGT\n"));
    const { sha256, sizeBytes } = await staged.finish();
    expect(sha256).toBe(createHash("sha256").update(">a\nACGT\n").digest("hex"));
    expect(sizeBytes).toBe(8);
    expect(await staged.commit()).toEqual({ key: sha256, created: true });
    expect((await readAll(storage.open(sha256))).toString()).toBe(">a\nACGT\n");
  });

  it("dedupes concurrent identical blobs and leaves no staging files", async () => {
    const { dir, storage } = await tempStorage();
    const bytes = new TextEncoder().encode("same bytes");
    const results = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const s = await storage.stage(100);
        await s.write(bytes);
        return s.commit();
      }),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await fs.readdir(path.join(dir, ".staging"))).toEqual([]);
  });

  it("rejects blobs over the limit and discard removes the staged file", async () => {
    const { storage } = await tempStorage();
    const staged = await storage.stage(4);
    await expect(staged.write(new Uint8Array(5))).rejects.toBeInstanceOf(BlobTooLargeError);
    await staged.discard();
    await expect(fs.access(staged.path)).rejects.toThrow();
  });

  it("refuses keys that are not a sha256", async () => {
    const { storage } = await tempStorage();
    expect(() => storage.open("../../etc/passwd")).toThrow();
  });
});
