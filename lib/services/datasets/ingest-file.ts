import { createReadStream } from "node:fs";
import type { FileFormat } from "@/lib/domain/api-types";
import { BioParseError } from "@/lib/bio/parse-error";
import { AppError } from "@/lib/errors/app-error";
import { type BlobStorage, BlobTooLargeError, type StagedBlob } from "@/lib/storage";
import { checkFormat } from "./check-format";
import { type FileSummary, summarizeStaged } from "./summarize-staged";
import { tooLarge } from "./multipart-upload";

/** Bytes kept from the start of a file for format sniffing. */
const SNIFF_BYTES = 64 * 1024;

export interface IngestedFile {
  name: string;
  staged: StagedBlob;
  format: FileFormat;
  sha256: string;
  sizeBytes: number;
  summary: FileSummary;
}

/**
 * Streams one file into staging (hashing as it goes), sniffs its format from the content, then
 * parses it completely from disk. Returns the staged blob for the caller to commit; on any error
 * the staged bytes are removed and an AppError names the file and the line.
 */
export async function ingestFile(
  storage: BlobStorage,
  input: { name: string; stream: AsyncIterable<Uint8Array> },
  opts: { maxBytes: number; totalLimitBytes?: number; previewLimit?: number; phredOffset?: 33 | 64 },
): Promise<IngestedFile> {
  const staged = await storage.stage(opts.maxBytes);
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    let headLength = 0;
    for await (const chunk of input.stream) {
      if (headLength < SNIFF_BYTES) {
        const take = Math.min(SNIFF_BYTES - headLength, chunk.byteLength);
        head.set(chunk.subarray(0, take), headLength);
        headLength += take;
      }
      await staged.write(chunk);
    }
    const { sha256, sizeBytes } = await staged.finish();
    if (sizeBytes === 0) throw new AppError("unprocessable_file", `${input.name}: the file is empty`, { extra: { file: input.name } });
    const format = checkFormat(input.name, head.subarray(0, headLength));
    const summary = await summarizeStaged(format, sizeBytes, () => createReadStream(staged.path, { highWaterMark: 1024 * 1024 }), opts.previewLimit ?? 100, opts.phredOffset);
    return { name: input.name, staged, format, sha256, sizeBytes, summary };
  } catch (err) {
    await staged.discard();
    if (err instanceof BlobTooLargeError) throw tooLarge(opts.totalLimitBytes ?? err.maxBytes);
    if (err instanceof BioParseError) {
      throw new AppError("unprocessable_file", `${input.name}: ${err.message}`, {
        extra: { file: input.name, format: err.format, line: err.line, ...(err.column ? { column: err.column } : {}) },
        cause: err,
      });
    }
    throw err;
  }
}
