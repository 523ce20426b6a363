import { checkExtensionMatch, sniffFormat } from "@/lib/bio/sniff";
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
