import type { Readable } from "node:stream";
import { createFastaScanner } from "@/lib/bio/fasta-scanner";
import { createFastqScanner } from "@/lib/bio/fastq-scanner";
import { type FileSummary, fastaPreview, fastqPreview, summarizeFile } from "@/lib/bio/summarize";
import type { FileFormat } from "@/lib/domain/api-types";
import { AppError } from "@/lib/errors/app-error";

export type { FileSummary } from "@/lib/bio/summarize";

/** Largest non-sequence file parsed in memory (GenBank, structures, tables). */
export const TEXT_PARSE_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Parses a staged file completely and returns its preview. FASTA and FASTQ stream through the
 * byte scanners (memory independent of size); other formats are read as text up to 64 MB.
 */
export async function summarizeStaged(
  format: FileFormat,
  sizeBytes: number,
  open: () => Readable,
  previewLimit: number,
  /** FASTQ quality encoding; unset = Phred+33, with Phred+64 files refused by a clear error. */
  phredOffset?: 33 | 64,
): Promise<FileSummary> {
  if (format === "fasta" || format === "fastq") {
    const scanner = format === "fasta" ? createFastaScanner({ maxRecords: previewLimit }) : createFastqScanner({ maxRecords: previewLimit, ...(phredOffset ? { phredOffset } : {}) });
    for await (const chunk of open()) scanner.push(chunk as Buffer);
    return format === "fasta"
      ? fastaPreview((scanner as ReturnType<typeof createFastaScanner>).end(), previewLimit)
      : fastqPreview((scanner as ReturnType<typeof createFastqScanner>).end(), previewLimit);
  }
  if (sizeBytes > TEXT_PARSE_LIMIT_BYTES) {
    throw new AppError("payload_too_large", `${format.toUpperCase()} files are parsed in memory and may be at most ${TEXT_PARSE_LIMIT_BYTES / 1048576} MB`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of open()) chunks.push(chunk as Buffer);
  return summarizeFile(format, new TextDecoder("utf-8").decode(Buffer.concat(chunks)), { previewLimit });
}
