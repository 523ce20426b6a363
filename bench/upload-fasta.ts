/**
 * Upload + parse of a large FASTA through the real server (PGlite, loopback):
 * prints throughput and the server's peak RSS growth during the upload.
 * Target (foundation issue): 100 MB FASTA → peak RSS growth < 150 MB.
 *   npm run bench -- upload-fasta [--mb 100]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_RESEARCHER } from "../db/seed/demo-accounts";
import { startApp } from "../tests/harness/app-server";
import { processTree, rssBytes } from "../tests/harness/process-memory";

const mbArg = process.argv.indexOf("--mb");
const sizeMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 100;

function writeFasta(file: string, bytes: number): void {
  // Deterministic pseudo-random bases, 60 per line, a new record every ~1 Mb.
  let state = 42;
  const alphabet = "ACGT";
  const line = new Uint8Array(61);
  line[60] = 10;
  const fd = fs.openSync(file, "w");
  let written = 0;
  let record = 0;
  const block: Uint8Array[] = [];
  while (written < bytes) {
    if (written % (1 << 20) < 61) {
      const header = Buffer.from(`>chr${record++} synthetic benchmark record\n`);
      block.push(header);
      written += header.length;
    }
    for (let i = 0; i < 60; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      line[i] = alphabet.charCodeAt((state >>> 16) & 3);
    }
    block.push(line.slice());
    written += 61;
    if (block.length > 4096) fs.writeSync(fd, Buffer.concat(block.splice(0)));
  }
  fs.writeSync(fd, Buffer.concat(block));
  fs.closeSync(fd);
}

function treeRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rssBytes(p), 0);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-bench-upload-"));
  const file = path.join(dir, "big.fasta");
  writeFasta(file, sizeMb * 1024 * 1024);
  const sizeBytes = fs.statSync(file).size;
  const app = await startApp({ env: { CYANEA_LOG_LEVEL: "warn" } });
  try {
    await fetch(`${app.url}/api/datasets?limit=1`); // warm the route
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = treeRss(app.pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(app.pid))), 50);

    const boundary = "----cyaneabench" + Date.now();
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBenchmark upload\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.fasta"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const fileStream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(head);
        for await (const chunk of fileStream) controller.enqueue(new Uint8Array(chunk as Buffer));
        controller.enqueue(tail);
        controller.close();
      },
    });
    const t0 = performance.now();
    const res = await fetch(`${app.url}/api/datasets`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_RESEARCHER.apiKey}`, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(head.length + sizeBytes + tail.length) },
      body,
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const text = await res.text();
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${text.slice(0, 300)}`);
    const growthMb = (peak - baseline) / (1024 * 1024);
    console.log(`upload-fasta: ${(sizeBytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(sizeBytes / 1e6 / seconds).toFixed(1)} MB/s (stream to disk + sha256 + full parse)`);
    console.log(`upload-fasta: server RSS baseline ${(baseline / 1048576).toFixed(0)} MB, peak ${(peak / 1048576).toFixed(0)} MB, growth ${growthMb.toFixed(1)} MB (target < 150 MB: ${growthMb < 150 ? "met" : "NOT met"})`);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
