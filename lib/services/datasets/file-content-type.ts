import type { FileFormat } from "@/lib/domain/api-types";

/** Media types used when serving dataset files. */
export const CONTENT_TYPES: Record<FileFormat, string> = {
  fasta: "text/x-fasta; charset=utf-8",
  fastq: "text/x-fastq; charset=utf-8",
  genbank: "text/x-genbank; charset=utf-8",
  pdb: "chemical/x-pdb",
  mmcif: "chemical/x-mmcif",
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
};
