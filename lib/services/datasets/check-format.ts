import { checkExtensionMatch, expectedFormatForExtension, sniffFormat } from "@/lib/bio/sniff";
import { formatLabel } from "@/lib/bio/parse-error";
import type { FileFormat } from "@/lib/domain/api-types";
import { AppError } from "@/lib/errors/app-error";

const SUPPORTED = "FASTA, FASTQ, GenBank, PDB, mmCIF, CSV or TSV";

/**
 * The format of an uploaded file, decided by its content; the extension must not contradict it.
 * Errors are 422s that say what was expected and what was found.
 */
export function checkFormat(fileName: string, head: Uint8Array): FileFormat {
  const detected = sniffFormat(head, fileName);
  if (detected === "gzip") {
    throw new AppError("unprocessable_file", `${fileName}: gzip-compressed files are not accepted yet; decompress it and upload the ${SUPPORTED} file`, { extra: { file: fileName } });
  }
  if (detected === null) {
    const named = expectedFormatForExtension(fileName);
    const start = named ? firstLine(head) : null;
    if (named && start && FIRST_LINE[named]) {
      const detail = `${fileName}: line ${start.line}: ${FIRST_LINE[named]}; found "${start.text}"`;
      throw new AppError("unprocessable_file", detail, { extra: { file: fileName, line: start.line, expectedFormat: named } });
    }
    throw new AppError("unprocessable_file", `${fileName}: the content is not a recognised format; expected ${SUPPORTED}`, { extra: { file: fileName } });
  }
  const mismatch = checkExtensionMatch(fileName, detected);
  if (mismatch) {
    throw new AppError("unprocessable_file", `${mismatch.message}: expected ${formatLabel(mismatch.expected)} content for this name, or rename the file`, {
      extra: { file: fileName, expectedFormat: mismatch.expected, detectedFormat: mismatch.detected },
    });
  }
  return detected;
}

/** What the first line of a file of each sequence or structure format looks like. */
const FIRST_LINE: Partial<Record<FileFormat, string>> = {
  fasta: "a FASTA file starts with a '>' header line (>id description) before any sequence",
  fastq: "a FASTQ record starts with an '@' title line, then the sequence, a '+' line and the qualities",
  genbank: "a GenBank file starts with a LOCUS line",
  pdb: "a PDB file holds fixed-column records such as HEADER, ATOM or HETATM",
  mmcif: "an mmCIF file starts with a data_ block name",
};

/** The first non-empty line of the head (1-based number, at most 40 characters shown). */
function firstLine(head: Uint8Array): { line: number; text: string } | null {
  const lines = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 4096)).replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const index = lines.findIndex((l) => l.trim().length > 0);
  if (index < 0) return null;
  const text = lines[index]!.trim();
  return { line: index + 1, text: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}
