/**
 * Turns an {@link AnalysisInput} (pasted text or a file, gzip or not) into sequence records in
 * the worker: bounded by `ANALYSIS_LIMITS.maxSequenceBytes`, format sniffed from content,
 * FASTA / FASTQ / GenBank only. `stats` streams the bytes instead ({@link openInputStream}).
 */
import { ANALYSIS_LIMITS, type AnalysisInput, type AnalysisRecord } from "@/lib/analysis/contract";
import { parseFasta } from "@/lib/bio/fasta";
import { parseFastq, type PhredOffset } from "@/lib/bio/fastq";
import { parseGenBank } from "@/lib/bio/genbank";
import { formatLabel } from "@/lib/bio/parse-error";
import { SNIFF_BYTES, sniffFormat } from "@/lib/bio/sniff";
import { InputFormatError, InputTooLargeError, mib } from "./errors";

/** Name of an input in messages. */
export function inputName(input: AnalysisInput): string {
  return input.kind === "file" ? input.name : (input.name ?? "pasted text");
}

export interface ReadInputOptions {
  phredOffset?: PhredOffset;
  /** FASTQ: false = qualities are neither decoded nor kept (nor checked for Phred+64); default true. */
  qualities?: boolean;
  signal?: AbortSignal;
  /** Defaults to `ANALYSIS_LIMITS.maxSequenceBytes`. */
  maxBytes?: number;
}

async function isGzipBlob(file: Blob): Promise<boolean> {
  if (file.size < 2) return false;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

function gunzip(file: Blob): ReadableStream<Uint8Array> {
  return file.stream().pipeThrough(new DecompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

/** Reads a ReadableStream chunk by chunk (as async iteration, which not every browser offers natively). */
async function* chunksOf(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return;
      if (value.length > 0) yield value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

async function gunzipText(name: string, file: Blob, maxBytes: number, signal?: AbortSignal): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let total = 0;
  try {
    for await (const chunk of chunksOf(gunzip(file), signal)) {
      total += chunk.length;
      if (total > maxBytes) throw new InputTooLargeError(name, null, maxBytes, `${name} decompresses to more than the ${mib(maxBytes)} an analysis can load at once`);
      parts.push(decoder.decode(chunk, { stream: true }));
    }
  } catch (err) {
    if (err instanceof InputTooLargeError || (err as { name?: unknown }).name === "AbortError") throw err;
    throw new InputFormatError(name, `${name}: gzip data could not be decompressed (${(err as Error).message})`);
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** Letters (any IUPAC code, either case), stop and gap symbols and white space: a bare sequence. */
const BARE_SEQUENCE = /^[\sA-Za-z*.-]*[A-Za-z][\sA-Za-z*.-]*$/;

/**
 * Pasted text that is a bare sequence (no `>` header, no FASTQ or GenBank framing) as a FASTA
 * record named after the input ("sequence-A"), as sequence tools accept it; anything else as given.
 */
export function withHeaderIfBare(input: AnalysisInput): AnalysisInput {
  if (input.kind !== "text") return input;
  if (sniffFormat(input.text.slice(0, SNIFF_BYTES), inputName(input)) !== null || !BARE_SEQUENCE.test(input.text)) return input;
  const id = inputName(input).trim().replace(/\s+/g, "-") || "sequence";
  return { ...input, text: `>${id}\n${input.text.trim()}\n` };
}

/** The whole text of an input, refusing more than `maxBytes`; gzip files are decompressed. */
export async function readInputText(input: AnalysisInput, options: ReadInputOptions = {}): Promise<string> {
  const name = inputName(input);
  const maxBytes = options.maxBytes ?? ANALYSIS_LIMITS.maxSequenceBytes;
  if (input.kind === "text") {
    if (input.text.length > maxBytes) throw new InputTooLargeError(name, input.text.length, maxBytes);
    return (withHeaderIfBare(input) as typeof input).text;
  }
  if (input.file.size > maxBytes) throw new InputTooLargeError(name, input.file.size, maxBytes);
  if (await isGzipBlob(input.file)) return gunzipText(name, input.file, maxBytes, options.signal);
  return input.file.text();
}

/**
 * Parses FASTA, FASTQ or GenBank text (sniffed from content) into analysis records. With
 * `qualities: false`, FASTQ qualities are dropped unread, so Phred+64 files need no offset.
 */
export function parseSequenceText(name: string, text: string, options: { phredOffset?: PhredOffset; qualities?: boolean } = {}): AnalysisRecord[] {
  const format = sniffFormat(text.slice(0, SNIFF_BYTES), name);
  if (format === "fasta") return parseFasta(text).map((r) => ({ id: r.id, description: r.description, sequence: r.sequence }));
  if (format === "fastq") {
    if (options.qualities === false) {
      // An explicit offset 33 accepts every quality character and skips the Phred+64 check.
      return parseFastq(text, { phredOffset: 33 }).map((r) => ({ id: r.id, description: r.description, sequence: r.sequence }));
    }
    return parseFastq(text, options.phredOffset === undefined ? {} : { phredOffset: options.phredOffset }).map((r) => ({
      id: r.id,
      description: r.description,
      sequence: r.sequence,
      quality: r.quality,
    }));
  }
  if (format === "genbank") {
    return parseGenBank(text).map((r) => {
      const id = r.version ?? r.accession ?? r.locus.name;
      if (r.sequence === null) throw new InputFormatError(name, `${name}: GenBank record ${id} has no ORIGIN sequence`);
      return { id, description: r.definition, sequence: r.sequence, circular: r.locus.topology === "circular" };
    });
  }
  if (text.trim().length === 0) throw new InputFormatError(name, `${name} is empty`);
  const found = format === null ? "an unrecognised format" : format === "gzip" ? "gzip-compressed text" : formatLabel(format);
  throw new InputFormatError(name, `${name}: expected FASTA, FASTQ or GenBank input, found ${found}`);
}

/** Reads and parses an input into records. */
export async function readInputRecords(input: AnalysisInput, options: ReadInputOptions = {}): Promise<AnalysisRecord[]> {
  const text = await readInputText(input, options);
  options.signal?.throwIfAborted();
  return parseSequenceText(inputName(input), text, {
    ...(options.phredOffset === undefined ? {} : { phredOffset: options.phredOffset }),
    ...(options.qualities === undefined ? {} : { qualities: options.qualities }),
  });
}

/** Characters per chunk when streaming pasted text. */
const TEXT_CHUNK_CHARS = 1 << 20;

function* textChunks(text: string): Generator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + TEXT_CHUNK_CHARS);
    // Keep a surrogate pair together.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield encoder.encode(text.slice(at, end));
    at = end;
  }
}

/** A streamed input: its bytes in chunks, and how progress can be measured. */
export interface InputStream {
  chunks: AsyncIterable<Uint8Array>;
  /** Size of the source (the compressed size for gzip; characters for text). */
  sourceBytes: number;
  /** True when `chunks` are decompressed bytes (their count does not measure progress). */
  gzip: boolean;
}

/**
 * Streams an input without loading it whole (`stats`). `onSourceBytes` reports how much of the
 * source has been read, so gzip input can report progress against its compressed size.
 */
export async function openInputStream(input: AnalysisInput, options: { signal?: AbortSignal; onSourceBytes?: (bytes: number) => void } = {}): Promise<InputStream> {
  const { signal, onSourceBytes } = options;
  if (input.kind === "text") {
    const text = (withHeaderIfBare(input) as typeof input).text;
    return {
      sourceBytes: text.length,
      gzip: false,
      chunks: (async function* () {
        for (const chunk of textChunks(text)) {
          signal?.throwIfAborted();
          yield chunk;
        }
      })(),
    };
  }
  const file = input.file;
  const gzip = await isGzipBlob(file);
  let source: ReadableStream<Uint8Array> = file.stream();
  if (onSourceBytes) {
    let read = 0;
    source = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.length;
          onSourceBytes(read);
          controller.enqueue(chunk);
        },
      }),
    );
  }
  if (gzip) source = source.pipeThrough(new DecompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const name = inputName(input);
  return {
    sourceBytes: file.size,
    gzip,
    chunks: (async function* () {
      try {
        yield* chunksOf(source, signal);
      } catch (err) {
        if (!gzip || (err as { name?: unknown }).name === "AbortError") throw err;
        throw new InputFormatError(name, `${name}: gzip data could not be decompressed (${(err as Error).message})`);
      }
    })(),
  };
}
