import type { AnalysisInput } from "@/lib/analysis/contract";
import { moleculeType, type MoleculeType } from "@/lib/bio/molecule-type";

/**
 * A quick look at the head of an input before a run, for what the page must know up front: the
 * first record's id (the label of pairwise results), its molecule type (units, the dot plot's
 * word size) and, when the whole input fits in the look, every record's id and length (to check
 * the GC-window options). Reads at most {@link PEEK_BYTES}; the worker still parses the input.
 * `peekText` is pure; `peekInput` reads a Blob's head (gunzipping it when needed).
 */

/** Bytes (of decompressed text) looked at, at most: small enough to scan within a frame or two on the page. */
export const PEEK_BYTES = 1024 * 1024;

export interface PeekedRecord {
  id: string;
  /** Letters; null when the record goes on past the part looked at. */
  length: number | null;
}

export interface InputPeek {
  /** Records seen, in order (the last may be cut off: its length is then null). */
  records: PeekedRecord[];
  /** True when the whole input was looked at, so `records` are all of them. */
  complete: boolean;
  /** Molecule type of the first record (from the letters seen, or a GenBank LOCUS line). */
  molecule: MoleculeType;
}

export const UNKNOWN_PEEK: InputPeek = { records: [], complete: false, molecule: "unknown" };

/** Letters of a sequence line (digits, spaces, gaps and symbols are not counted). */
function letters(line: string): string {
  return line.replace(/[^A-Za-z*]/g, "");
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? "";
}

/** The sample kept of the first record's letters for the molecule type. */
const MOLECULE_SAMPLE = 64 * 1024;

function peekFasta(lines: string[], complete: boolean): InputPeek {
  const records: PeekedRecord[] = [];
  let sample = "";
  let length = 0;
  for (const line of lines) {
    if (line.startsWith(">")) {
      const last = records[records.length - 1];
      if (last) last.length = length;
      records.push({ id: firstWord(line.slice(1)), length: null });
      length = 0;
    } else if (records.length > 0) {
      const l = letters(line);
      length += l.length;
      if (records.length === 1 && sample.length < MOLECULE_SAMPLE) sample += l;
    }
  }
  const last = records[records.length - 1];
  if (last && complete) last.length = length;
  return { records, complete, molecule: moleculeType(sample) };
}

function peekFastq(lines: string[], complete: boolean): InputPeek {
  const records: PeekedRecord[] = [];
  let sample = "";
  for (let i = 0; i + 1 < lines.length; i += 4) {
    const header = lines[i] ?? "";
    if (!header.startsWith("@")) break;
    const sequence = letters(lines[i + 1] ?? "");
    // Lines cut off by the end of the look were dropped, so a sequence line seen is whole.
    records.push({ id: firstWord(header.slice(1)), length: sequence.length });
    if (records.length === 1) sample = sequence;
  }
  return { records, complete, molecule: moleculeType(sample) };
}

function peekGenBank(lines: string[], complete: boolean): InputPeek {
  const records: PeekedRecord[] = [];
  let locusUnit = "";
  for (const line of lines) {
    if (line.startsWith("LOCUS")) {
      const fields = line.slice(5).trim().split(/\s+/);
      const unitAt = fields.findIndex((f) => f === "bp" || f === "aa");
      const length = unitAt > 0 ? Number(fields[unitAt - 1]) : Number.NaN;
      if (records.length === 0) locusUnit = fields[unitAt] ?? "";
      records.push({ id: fields[0] ?? "", length: Number.isInteger(length) ? length : null });
    } else if (records.length > 0 && (line.startsWith("ACCESSION") || line.startsWith("VERSION"))) {
      // The worker names a GenBank record by VERSION, else ACCESSION, else the LOCUS name.
      const id = firstWord(line.slice(line.startsWith("VERSION") ? 7 : 9));
      const record = records[records.length - 1];
      if (record && id !== "") record.id = id;
    }
  }
  const molecule: MoleculeType = locusUnit === "aa" ? "protein" : locusUnit === "bp" ? "dna" : "unknown";
  return { records, complete, molecule };
}

/** What the head of an input's text tells; `complete` says whether `text` is the whole input. */
export function peekText(text: string, complete: boolean): InputPeek {
  const lines = text.split(/\r?\n/);
  // A line cut off by the end of the look is dropped.
  if (!complete) lines.pop();
  const start = lines.findIndex((l) => l.trim() !== "");
  if (start < 0) return { ...UNKNOWN_PEEK, complete };
  const body = lines.slice(start);
  const first = body[0] ?? "";
  if (first.startsWith(">")) return peekFasta(body, complete);
  if (first.startsWith("@")) return peekFastq(body, complete);
  if (first.startsWith("LOCUS")) return peekGenBank(body, complete);
  return { ...UNKNOWN_PEEK, complete };
}

async function isGzip(blob: Blob): Promise<boolean> {
  if (blob.size < 2) return false;
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Up to `limit` bytes of gunzipped text; `complete` when the stream ended within them. */
async function gunzipHead(blob: Blob, limit: number): Promise<{ text: string; complete: boolean }> {
  const reader = blob.stream().pipeThrough(new DecompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), complete: true };
      bytes += value.length;
      text += decoder.decode(value, { stream: true });
      if (bytes >= limit) return { text, complete: false };
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** Looks at the head of an input; an unreadable input gives {@link UNKNOWN_PEEK} (the run reports the problem). */
export async function peekInput(input: AnalysisInput, limit = PEEK_BYTES): Promise<InputPeek> {
  try {
    if (input.kind === "text") return peekText(input.text.length > limit ? input.text.slice(0, limit) : input.text, input.text.length <= limit);
    const file = input.file;
    if (await isGzip(file)) {
      const { text, complete } = await gunzipHead(file, limit);
      return peekText(text, complete);
    }
    const complete = file.size <= limit;
    return peekText(await (complete ? file : file.slice(0, limit)).text(), complete);
  } catch {
    return UNKNOWN_PEEK;
  }
}

/** The first record's id, else the fallback (a file name). */
export function recordLabel(peek: InputPeek, fallback: string): string {
  const id = peek.records[0]?.id ?? "";
  return id === "" ? fallback : id;
}
