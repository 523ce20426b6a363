/**
 * Reads FASTA, FASTQ or GenBank input for CLI commands: a file path or `-` (standard input),
 * gzip-compressed or not, format sniffed from content. Errors name the file and the line.
 */
import fs from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseFasta } from "@/lib/bio/fasta";
import { parseFastq, type PhredOffset } from "@/lib/bio/fastq";
import { parseGenBank } from "@/lib/bio/genbank";
import { BioParseError } from "@/lib/bio/parse-error";
import { sniffFormat } from "@/lib/bio/sniff";
import { CliError } from "./errors";
import type { CliIO } from "./io";

/** Commands that load whole files refuse inputs above this size (stats streams instead). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type SequenceFormat = "fasta" | "fastq" | "genbank";

export interface SequenceRecord {
  id: string;
  description: string;
  sequence: string;
  /** FASTQ only: Phred scores per base. */
  quality?: Uint8Array;
  /** GenBank only: the LOCUS line says circular. */
  circular?: boolean;
}

export interface SequenceInput {
  name: string;
  format: SequenceFormat;
  records: SequenceRecord[];
}

/** Display name of an input argument. */
export function inputName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}

/** All bytes of a file or of standard input, refusing more than `maxBytes`. */
export async function readInputBytes(file: string, io: CliIO, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const name = inputName(file);
  if (file !== "-") {
    let size: number;
    try {
      const stat = fs.statSync(file);
      if (stat.isDirectory()) throw new CliError(`${name}: is a directory`);
      size = stat.size;
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${name}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
    }
    if (size > maxBytes) throw new CliError(`${name}: ${size} bytes is more than this command reads at once (${maxBytes} bytes)`);
    return new Uint8Array(fs.readFileSync(file));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of io.stdin()) {
    total += chunk.length;
    if (total > maxBytes) throw new CliError(`${name}: more than ${maxBytes} bytes on standard input`);
    chunks.push(chunk);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

function gunzipIfNeeded(name: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes }));
  } catch (err) {
    throw new CliError(`${name}: gzip data could not be decompressed (${(err as Error).message})`);
  }
}

export interface ReadSequencesOptions {
  /**
   * FASTQ: decode qualities with this offset. Without it (and without `qualities`) qualities are
   * not decoded, so commands that never use them read Phred+33 and Phred+64 files alike.
   */
  phredOffset?: PhredOffset;
  /** FASTQ: decode qualities (Phred+33 unless `phredOffset`; Phred+64-looking input is refused). */
  qualities?: boolean;
  maxBytes?: number;
  /** Formats the command accepts (default all three). */
  formats?: readonly SequenceFormat[];
}

/** Parses one input into sequence records. */
export async function readSequences(file: string, io: CliIO, options: ReadSequencesOptions = {}): Promise<SequenceInput> {
  const name = inputName(file);
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const bytes = gunzipIfNeeded(name, await readInputBytes(file, io, maxBytes), maxBytes);
  const format = sniffFormat(bytes.subarray(0, 64 * 1024), file === "-" ? undefined : file);
  const accepted = options.formats ?? ["fasta", "fastq", "genbank"];
  if (format === null || format === "gzip" || !(accepted as readonly string[]).includes(format)) {
    const what = format === null || format === "gzip" ? "an unrecognised format" : format.toUpperCase();
    throw new CliError(`${name}: expected ${accepted.map((f) => f.toUpperCase()).join(", ")} input, found ${what}`);
  }
  return parseSequences(name, format as SequenceFormat, bytes, options);
}

function parseSequences(name: string, format: SequenceFormat, bytes: Uint8Array, options: ReadSequencesOptions): SequenceInput {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name}: not valid UTF-8 text`);
  }
  try {
    if (format === "fasta") return { name, format, records: parseFasta(text).map((r) => ({ id: r.id, description: r.description, sequence: r.sequence })) };
    if (format === "fastq") {
      const decode = options.qualities === true || options.phredOffset !== undefined;
      // Not decoding: an explicit offset 33 accepts every quality character ('!'…'~') and skips
      // the Phred+64 check; the scores are dropped.
      const offset = options.phredOffset ?? (decode ? undefined : 33);
      const records = parseFastq(text, offset === undefined ? {} : { phredOffset: offset });
      return { name, format, records: records.map((r) => ({ id: r.id, description: r.description, sequence: r.sequence, ...(decode ? { quality: r.quality } : {}) })) };
    }
    const records = parseGenBank(text).map((r) => {
      if (r.sequence === null) throw new CliError(`${name}: GenBank record ${r.locus.name} has no ORIGIN sequence`);
      return { id: r.version ?? r.accession ?? r.locus.name, description: r.definition, sequence: r.sequence, circular: r.locus.topology === "circular" };
    });
    return { name, format, records };
  } catch (err) {
    if (err instanceof BioParseError) throw new CliError(`${name}: ${err.message}`);
    throw err;
  }
}

/** FASTA text with `width`-column sequence lines. */
export function formatFasta(records: readonly { id: string; description?: string; sequence: string }[], width = 60): string {
  let out = "";
  for (const r of records) {
    out += `>${r.id}${r.description ? ` ${r.description}` : ""}\n`;
    for (let i = 0; i < r.sequence.length; i += width) out += `${r.sequence.slice(i, i + width)}\n`;
  }
  return out;
}

/**
 * Runs an analysis of one input and names the input in its error: "reads.fq: record r7: letter 'E'
 * at position 12 is not DNA". CLI errors (already worded for the user) pass through unchanged.
 */
export async function analyseInput<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
