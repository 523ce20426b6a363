/** Formats whose parsers report errors through {@link BioParseError}. */
export type BioFormat = "fasta" | "fastq" | "genbank" | "pdb" | "mmcif" | "csv" | "tsv";

/** Machine-readable reason for a parse failure (lower_snake_case, stable across releases). */
export type BioParseErrorCode =
  | "empty_file"
  | "missing_header"
  | "invalid_sequence_char"
  | "missing_separator"
  | "separator_title_mismatch"
  | "quality_length_mismatch"
  | "truncated_record"
  | "invalid_quality_char"
  | "phred64_detected"
  | "missing_locus"
  | "bad_locus"
  | "bad_location"
  | "origin_length_mismatch"
  | "missing_terminator"
  | "bad_qualifier"
  | "bad_coordinate"
  | "bad_number"
  | "truncated_atom_line"
  | "endmdl_without_model"
  | "nested_model"
  | "no_atoms"
  | "missing_data_block"
  | "unterminated_quote"
  | "unterminated_text_field"
  | "loop_value_count"
  | "unexpected_token"
  | "missing_atom_site_column"
  | "column_count_mismatch";

const FORMAT_LABEL: Record<BioFormat, string> = {
  fasta: "FASTA",
  fastq: "FASTQ",
  genbank: "GenBank",
  pdb: "PDB",
  mmcif: "mmCIF",
  csv: "CSV",
  tsv: "TSV",
};

/** Where in the input the problem is: 1-based line, optional 1-based column or inclusive column range. */
export interface BioParsePosition {
  line: number;
  column?: number;
  columnEnd?: number;
}

/** Human-readable name of a format, as used in error messages ("FASTQ", "mmCIF"). */
export function formatLabel(format: BioFormat): string {
  return FORMAT_LABEL[format];
}

function positionText(pos: BioParsePosition): string {
  if (pos.column === undefined) return `line ${pos.line}`;
  if (pos.columnEnd !== undefined && pos.columnEnd !== pos.column) {
    return `line ${pos.line}, columns ${pos.column}-${pos.columnEnd}`;
  }
  return `line ${pos.line}, column ${pos.column}`;
}

/**
 * The only error the bio parsers throw for bad input. Message form:
 * `FASTQ line 7: quality length 24 does not match sequence length 25`.
 */
export class BioParseError extends Error {
  override readonly name = "BioParseError";
  readonly format: BioFormat;
  readonly code: BioParseErrorCode;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column (first column of the range when `columnEnd` is set). */
  readonly column?: number;
  /** 1-based inclusive last column of a fixed-width field (PDB). */
  readonly columnEnd?: number;
  /** The message without the "FORMAT line N:" prefix. */
  readonly detail: string;

  constructor(format: BioFormat, code: BioParseErrorCode, pos: BioParsePosition, detail: string) {
    super(`${FORMAT_LABEL[format]} ${positionText(pos)}: ${detail}`);
    this.format = format;
    this.code = code;
    this.line = pos.line;
    if (pos.column !== undefined) this.column = pos.column;
    if (pos.columnEnd !== undefined) this.columnEnd = pos.columnEnd;
    this.detail = detail;
  }

  /** JSON-safe form for worker messages and problem+json bodies. */
  toJSON(): BioParseErrorJson {
    return {
      name: "BioParseError",
      format: this.format,
      code: this.code,
      line: this.line,
      ...(this.column !== undefined ? { column: this.column } : {}),
      ...(this.columnEnd !== undefined ? { columnEnd: this.columnEnd } : {}),
      detail: this.detail,
      message: this.message,
    };
  }

  /** Rehydrate an error serialised with {@link BioParseError.toJSON} (e.g. across a worker boundary). */
  static fromJSON(json: BioParseErrorJson): BioParseError {
    const pos: BioParsePosition = { line: json.line };
    if (json.column !== undefined) pos.column = json.column;
    if (json.columnEnd !== undefined) pos.columnEnd = json.columnEnd;
    return new BioParseError(json.format, json.code, pos, json.detail);
  }
}

/** Serialised {@link BioParseError}. */
export interface BioParseErrorJson {
  name: "BioParseError";
  format: BioFormat;
  code: BioParseErrorCode;
  line: number;
  column?: number;
  columnEnd?: number;
  detail: string;
  message: string;
}

/** Quote a character for an error message, showing control and non-ASCII characters as code points. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code > 0x7e) return `'${ch}' (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
  return `'${ch}'`;
}
