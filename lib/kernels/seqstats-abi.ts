/**
 * The `seqstats` kernel's exports and status/error codes (mirrors wasm/lib/seqstats-defs.ts),
 * and the translation of a kernel error into the {@link BioParseError} the TypeScript parsers
 * throw for the same input.
 */
import { invalidSequenceCharDetail, splitTitle } from "@/lib/bio/fasta";
import { qualityRanShortDetail } from "@/lib/bio/fastq";
import { BioParseError, describeChar } from "@/lib/bio/parse-error";
import type { KernelExports, KernelInstance } from "./runtime";

export interface SeqstatsExports extends KernelExports {
  init(format: number, offset64: number, positions: number, ids: number, capacity: number): void;
  inputPtr(): number;
  feed(len: number): number;
  resume(): number;
  finish(): number;
  tablePtr(): number;
  tableLength(): number;
  idsPtr(): number;
  compositionPtr(): number;
  positionSumsPtr(): number;
  minQualityCode(): number;
  maxQualityCode(): number;
  firstHighQualityLine(): number;
  errorCode(): number;
  errorLine(): number;
  errorColumn(): number;
  errorByte(): number;
  errorQualityLength(): number;
  errorSequenceLength(): number;
  errorRelatedLine(): number;
  currentTitlePtr(): number;
  currentTitleLength(): number;
  currentTitleLine(): number;
  capturePtr(): number;
  captureLength(): number;
  captureTruncated(): number;
  gcWindows(ptr: number, len: number, window: number, step: number, out: number): number;
}

export const ST_DONE = 0;
export const ST_MORE = 1;
export const ST_ERROR = 2;
/** f64 fields per record in the kernel's output table. */
export const REC_FIELDS = 13;
export const F_LENGTH = 0;
export const F_A = 1;
export const F_C = 2;
export const F_G = 3;
export const F_T = 4;
export const F_U = 5;
export const F_N = 6;
export const F_LOWER = 7;
export const F_QUAL_SUM = 8;
export const F_ID_OFFSET = 9;
export const F_ID_LENGTH = 10;
export const F_AMBIGUOUS = 11;
export const F_PROTEIN_ONLY = 12;

const E_EMPTY = 1;
const E_FA_MISSING_HEADER = 2;
const E_FA_INVALID_SEQ = 3;
const E_FQ_MISSING_HEADER = 4;
const E_FQ_SEP_MISMATCH = 5;
const E_FQ_MISSING_SEP = 6;
const E_FQ_INVALID_SEQ = 7;
const E_FQ_QUAL_LENGTH = 8;
const E_FQ_INVALID_QUAL = 9;
const E_FQ_QUAL_BELOW_64 = 10;
const E_FQ_TRUNC_SEQ = 11;
const E_FQ_TRUNC_QUAL = 12;
const E_FQ_QUAL_SHORT = 13;

// ignoreBOM: a title may begin with U+FEFF; messages quote it as the text parsers do.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

// A stats stream keeps state in the kernel between chunks (across awaits); another call on the
// same instance would reset its memory under it. Providers may hand out one shared instance, so
// the wrappers claim it for the duration of a call.
const busy = new WeakSet<object>();

/** Claims a `seqstats` instance for one call; throws when a stats stream is still using it. */
export function claimKernel(k: KernelInstance<SeqstatsExports>): () => void {
  if (busy.has(k)) throw new Error("the seqstats kernel is busy with another stats stream; run one at a time per kernel provider");
  busy.add(k);
  return () => busy.delete(k);
}

/** Same form as the FASTQ parser's quoting of a line: JSON string, cut after 40 characters. */
function preview(text: string, truncated: boolean): string {
  return JSON.stringify(truncated || text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function charText(code: number): string {
  return code > 0x7f ? "non-ASCII character" : describeChar(String.fromCharCode(code));
}

/** The parse error the kernel stopped at, worded as lib/bio/fasta.ts and lib/bio/fastq.ts word it. */
export function kernelParseError(k: KernelInstance<SeqstatsExports>, format: "fasta" | "fastq"): BioParseError | Error {
  const x = k.exports;
  const line = x.errorLine();
  const column = x.errorColumn();
  const byte = x.errorByte();
  const title = decoder.decode(k.view(x.currentTitlePtr(), x.currentTitleLength()));
  const titleLine = x.currentTitleLine();
  const id = splitTitle(title).id;
  const captured = decoder.decode(k.view(x.capturePtr(), x.captureLength()));
  const capTrunc = x.captureTruncated() !== 0;
  switch (x.errorCode()) {
    case E_EMPTY:
      return new BioParseError(format, "empty_file", { line: 1 }, `no ${format === "fasta" ? "FASTA" : "FASTQ"} records found (empty file)`);
    case E_FA_MISSING_HEADER:
      return new BioParseError("fasta", "missing_header", { line }, "sequence data before the first '>' header line");
    case E_FA_INVALID_SEQ:
      return new BioParseError("fasta", "invalid_sequence_char", { line, column }, invalidSequenceCharDetail(byte));
    case E_FQ_MISSING_HEADER:
      return new BioParseError("fastq", "missing_header", { line }, `expected a record title starting with '@', found ${preview(captured, capTrunc)}`);
    case E_FQ_SEP_MISMATCH:
      return new BioParseError(
        "fastq",
        "separator_title_mismatch",
        { line },
        `'+' line repeats a different title than line ${titleLine}: ${preview(captured, capTrunc)} vs ${preview(title, false)}`,
      );
    case E_FQ_MISSING_SEP:
      return new BioParseError("fastq", "missing_separator", { line }, `expected the '+' line of record '${id}' (line ${titleLine}) before a new '@' title`);
    case E_FQ_INVALID_SEQ:
      return new BioParseError("fastq", "invalid_sequence_char", { line, column }, `invalid character ${charText(byte)} in sequence`);
    case E_FQ_QUAL_LENGTH:
      return new BioParseError(
        "fastq",
        "quality_length_mismatch",
        { line },
        `quality length ${x.errorQualityLength()} does not match sequence length ${x.errorSequenceLength()} (record '${id}', line ${titleLine})`,
      );
    case E_FQ_QUAL_SHORT:
      return new BioParseError(
        "fastq",
        "quality_length_mismatch",
        { line },
        qualityRanShortDetail(id, titleLine, line, x.errorQualityLength(), x.errorSequenceLength(), x.errorRelatedLine()),
      );
    case E_FQ_INVALID_QUAL:
      return new BioParseError("fastq", "invalid_quality_char", { line, column }, `invalid quality character ${charText(byte)} (allowed: '!' to '~', ASCII 33-126)`);
    case E_FQ_QUAL_BELOW_64:
      return new BioParseError("fastq", "invalid_quality_char", { line, column }, `quality character ${charText(byte)} is below '@', the Phred+64 minimum`);
    case E_FQ_TRUNC_SEQ:
      return new BioParseError("fastq", "truncated_record", { line }, `input ends inside record '${id}' (line ${titleLine}) before its '+' line`);
    case E_FQ_TRUNC_QUAL:
      return new BioParseError("fastq", "truncated_record", { line }, `input ends before the quality of record '${id}' (line ${titleLine})`);
    default:
      return new Error(`seqstats kernel stopped with unknown error code ${x.errorCode()}`);
  }
}
