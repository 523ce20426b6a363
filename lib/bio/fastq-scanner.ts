/**
 * Streaming FASTQ scanner: byte chunks in, {@link FastqSummary} out, without keeping reads.
 * Line-based: chunks are decoded with a streaming TextDecoder (so a UTF-8 character or CRLF
 * split across chunks is handled) and fed to the same line machine as `parseFastq`.
 */

import { StreamingLineSplitter } from "./lines";
import {
  DEFAULT_MAX_READ_STATS,
  FastqLineMachine,
  FastqSummaryBuilder,
  type FastqSummary,
  type ParseFastqOptions,
} from "./fastq";

/** Options for {@link createFastqScanner}. */
export type FastqScannerOptions = Omit<ParseFastqOptions, "maxRecords"> & {
  /** Keep per-read statistics for at most this many reads (totals always cover all). */
  maxRecords?: number;
};

/** Incremental FASTQ scanner. */
export interface FastqScanner {
  /** Feed the next chunk. Throws {@link BioParseError} on malformed input. */
  push(chunk: Uint8Array): void;
  /** Signal end of input and return the summary. */
  end(): FastqSummary;
  /** Bytes consumed so far (for progress reporting). */
  readonly bytesRead: number;
  /** Reads completed so far. */
  readonly recordCount: number;
}

/** Create a streaming FASTQ scanner. */
export function createFastqScanner(options: FastqScannerOptions = {}): FastqScanner {
  const builder = new FastqSummaryBuilder(options.maxRecords ?? DEFAULT_MAX_READ_STATS);
  const machine = new FastqLineMachine((r) => builder.add(r), false, options.phredOffset, () => builder.keepsNextRecord);
  // ignoreBOM: the line splitter strips a leading BOM itself, exactly like the text parser.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const splitter = new StreamingLineSplitter();
  let lineNumber = 0;
  let bytesRead = 0;
  let ended = false;
  const onLine = (line: string): void => {
    lineNumber++;
    machine.line(line, lineNumber);
  };
  return {
    push(chunk: Uint8Array): void {
      if (ended) throw new Error("FASTQ scanner: push() after end()");
      bytesRead += chunk.length;
      splitter.push(decoder.decode(chunk, { stream: true }), onLine);
    },
    end(): FastqSummary {
      if (ended) throw new Error("FASTQ scanner: end() called twice");
      ended = true;
      splitter.push(decoder.decode(), onLine);
      splitter.end(onLine);
      const offset = machine.finish(lineNumber);
      return builder.build(offset, machine.minQualityCode, machine.maxQualityCode);
    },
    get bytesRead(): number {
      return bytesRead;
    },
    get recordCount(): number {
      return machine.recordCount;
    },
  };
}
