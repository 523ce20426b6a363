import { createHash } from "node:crypto";
import fs from "node:fs/promises";

/** Bytes buffered before a write(2): large enough to keep syscalls rare, small enough to be irrelevant to RSS. */
const FLUSH_BYTES = 256 * 1024;

export interface WrittenFile {
  sha256: string;
  bytes: number;
  items: number;
}

/**
 * Writes one JSON file incrementally: a top-level array item by item (or a single value), hashing
 * exactly the bytes written. `close()` fsyncs the file before closing it, so a rename that follows
 * never exposes a file whose bytes are not on disk. Nothing is kept after a flush, so memory does not
 * grow with the number of items.
 */
export class JsonFileWriter {
  private readonly hash = createHash("sha256");
  private pending: string[] = [];
  private pendingBytes = 0;
  private bytes = 0;
  private items = 0;
  private state: "new" | "array" | "done" = "new";

  private constructor(private readonly fh: fs.FileHandle) {}

  /** Creates the file; fails if it exists (the temp dir is private to one run). */
  static async create(filePath: string): Promise<JsonFileWriter> {
    return new JsonFileWriter(await fs.open(filePath, "wx"));
  }

  private async push(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const buf = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(buf);
    this.bytes += buf.length;
    let off = 0;
    while (off < buf.length) off += (await this.fh.write(buf, off, buf.length - off)).bytesWritten;
  }

  /** Elements written so far. */
  get itemCount(): number {
    return this.items;
  }

  /** Appends one element to the top-level array (opened on the first call). */
  async item(value: unknown): Promise<void> {
    if (this.state === "done") throw new Error("JsonFileWriter: write after end");
    const json = JSON.stringify(value);
    await this.push(this.state === "new" ? `[\n${json}` : `,\n${json}`);
    this.state = "array";
    this.items++;
  }

  /** Writes the whole file as one value (for small objects such as stats). */
  async value(value: unknown, items: number): Promise<void> {
    if (this.state !== "new") throw new Error("JsonFileWriter: value() on a started file");
    await this.push(`${JSON.stringify(value, null, 1)}\n`);
    this.items = items;
    this.state = "done";
  }

  /** Ends the array (an empty one if no item came), flushes, fsyncs and closes. */
  async close(): Promise<WrittenFile> {
    if (this.state === "new") await this.push("[]\n");
    else if (this.state === "array") await this.push("\n]\n");
    this.state = "done";
    await this.flush();
    await this.fh.sync();
    await this.fh.close();
    return { sha256: this.hash.digest("hex"), bytes: this.bytes, items: this.items };
  }

  /** Closes without finishing, after a failure; never throws. */
  async abort(): Promise<void> {
    this.state = "done";
    await this.fh.close().catch(() => {});
  }
}
