/**
 * Content-based format detection for uploads. The first ~64 KB decide; the file name is used
 * only to break ties (single-column text, or a table that splits evenly on two delimiters).
 */

import { consistentDelimiters } from "./delimited";
import { formatLabel } from "./parse-error";

/** Formats the parsers handle. */
export type BioFileFormat = "fasta" | "fastq" | "genbank" | "pdb" | "mmcif" | "csv" | "tsv";

/** What {@link sniffFormat} can report: a format, `gzip` for compressed input, or null when unrecognised. */
export type SniffResult = BioFileFormat | "gzip" | null;

/** How much of the file the sniffer looks at. */
export const SNIFF_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, BioFileFormat> = {
  fa: "fasta", fasta: "fasta", fas: "fasta", fna: "fasta", ffn: "fasta", faa: "fasta", frn: "fasta", fsa: "fasta", mpfa: "fasta",
  fq: "fastq", fastq: "fastq",
  gb: "genbank", gbk: "genbank", gbff: "genbank", gpff: "genbank", genbank: "genbank",
  pdb: "pdb", ent: "pdb",
  cif: "mmcif", mmcif: "mmcif", mcif: "mmcif",
  csv: "csv",
  tsv: "tsv", tab: "tsv",
};

const COMPRESSED = /\.(gz|bgz|gzip)$/i;

/** Whether the file name says gzip (`.gz`, `.bgz`, `.gzip`). */
export function isGzipName(name: string): boolean {
  return COMPRESSED.test(name);
}

/** The format a file name suggests (a `.gz` suffix is looked through: `reads.fq.gz` → fastq), or null. */
export function expectedFormatForExtension(name: string): BioFileFormat | null {
  const base = name.replace(/^.*[\\/]/, "").replace(COMPRESSED, "");
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return null;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()] ?? null;
}

/** A disagreement between a file's name and its content. */
export interface FormatMismatch {
  expected: BioFileFormat;
  detected: BioFileFormat | "gzip";
  message: string;
}

const family = (f: BioFileFormat): string => (f === "csv" || f === "tsv" ? "table" : f);

/**
 * Compare the detected format with the file name: null when they agree (CSV and TSV count as
 * one family, since the delimiter is sniffed anyway) or when the name says nothing.
 */
export function checkExtensionMatch(fileName: string, detected: BioFileFormat | "gzip"): FormatMismatch | null {
  const expected = expectedFormatForExtension(fileName);
  if (expected === null) return null;
  if (detected === "gzip") {
    return isGzipName(fileName) ? null : { expected, detected, message: `${fileName} is gzip-compressed although its name says ${formatLabel(expected)}` };
  }
  if (family(expected) === family(detected)) return null;
  return {
    expected,
    detected,
    message: `${fileName} is named like a ${formatLabel(expected)} file but its content looks like ${formatLabel(detected)}`,
  };
}

const PDB_RECORDS = new Set([
  "HEADER", "OBSLTE", "TITLE", "SPLIT", "CAVEAT", "COMPND", "SOURCE", "KEYWDS", "EXPDTA", "NUMMDL", "MDLTYP", "AUTHOR",
  "REVDAT", "SPRSDE", "JRNL", "REMARK", "DBREF", "DBREF1", "DBREF2", "SEQADV", "SEQRES", "MODRES", "HET", "HETNAM",
  "HETSYN", "FORMUL", "HELIX", "SHEET", "SSBOND", "LINK", "CISPEP", "SITE", "CRYST1", "ORIGX1", "ORIGX2", "ORIGX3",
  "SCALE1", "SCALE2", "SCALE3", "MTRIX1", "MTRIX2", "MTRIX3", "MODEL", "ATOM", "ANISOU", "TER", "HETATM", "ENDMDL",
  "CONECT", "MASTER", "END",
]);

const SEQUENCE_LINE = /^[A-Za-z*.\-]*$/;

function decodeHead(head: Uint8Array | string): string | null {
  if (typeof head === "string") return head.slice(0, SNIFF_BYTES);
  const bytes = head.subarray(0, SNIFF_BYTES);
  if (bytes.includes(0)) return null; // binary
  return new TextDecoder("utf-8").decode(bytes);
}

function isGzipMagic(head: Uint8Array | string): boolean {
  // RFC 1952 section 2.3.1: ID1 = 0x1f, ID2 = 0x8b.
  if (typeof head === "string") return head.charCodeAt(0) === 0x1f && head.charCodeAt(1) === 0x8b;
  return head[0] === 0x1f && head[1] === 0x8b;
}

function looksFastq(lines: string[]): boolean {
  // '@title', then sequence line(s), then a '+' line (Cock et al. 2010).
  let i = 1;
  while (i < lines.length && SEQUENCE_LINE.test(lines[i]!) && !lines[i]!.startsWith("+")) i++;
  return i > 1 && i < lines.length && lines[i]!.startsWith("+");
}

function looksPdb(lines: string[]): boolean {
  const records = lines.map((l) => l.slice(0, 6).trimEnd());
  if (!PDB_RECORDS.has(records[0]!)) return false;
  const known = records.filter((r) => PDB_RECORDS.has(r)).length;
  return known >= 0.8 * records.length;
}

/**
 * Detect a file's format from its first bytes (at most {@link SNIFF_BYTES} are read). Returns
 * `gzip` for gzip input so callers can decompress or report it, and null when unrecognised.
 */
export function sniffFormat(head: Uint8Array | string, fileName?: string): SniffResult {
  if (isGzipMagic(head)) return "gzip";
  const raw = decodeHead(head);
  if (raw === null) return null;
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const all = text.split(/\r\n|\r|\n/);
  // A head of SNIFF_BYTES or more was probably cut mid-line: its last line is not representative.
  if ((typeof head === "string" ? raw.length : head.length) >= SNIFF_BYTES && all.length > 1) all.pop();
  const lines = all.filter((l) => l.trim().length > 0).slice(0, 50);
  const first = lines[0];
  if (first === undefined) return null;
  const hinted = fileName === undefined ? null : expectedFormatForExtension(fileName);
  if (first.startsWith(">")) return "fasta";
  if (first.startsWith("@") && looksFastq(lines)) return "fastq";
  if (first.startsWith("LOCUS ")) return "genbank";
  const firstData = lines.find((l) => !l.startsWith("#"));
  if (firstData !== undefined && /^data_/i.test(firstData)) return "mmcif";
  if (looksPdb(lines)) return "pdb";
  const tables = consistentDelimiters(all.join("\n"));
  if (tables.length > 0) {
    // The name breaks ties when a table splits evenly on both tab and another delimiter.
    const hasTab = tables.some((t) => t.delimiter === "\t");
    const hasOther = tables.some((t) => t.delimiter !== "\t");
    if (hasTab && hasOther && (hinted === "tsv" || hinted === "csv")) return hinted;
    const best = tables.reduce((a, b) => (b.fields > a.fields ? b : a));
    return best.delimiter === "\t" ? "tsv" : "csv";
  }
  // Single-column text: only the name can say it is a table.
  if (hinted === "csv" || hinted === "tsv") return hinted;
  return null;
}
