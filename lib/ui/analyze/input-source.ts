import type { AnalysisInput } from "@/lib/analysis/contract";

/**
 * Where a workbench input comes from: pasted text, a local file (picked or dropped), or a file of
 * one of the user's datasets fetched into the browser. Each becomes an AnalysisInput that the
 * worker parses; nothing here reads the sequence.
 */
export type InputSource =
  | { kind: "paste"; text: string }
  | { kind: "file"; file: File }
  | { kind: "dataset"; blob: Blob; name: string; datasetSlug: string; datasetTitle: string; fileId: string };

export const EMPTY_SOURCE: InputSource = { kind: "paste", text: "" };

/** The worker's input, or null when nothing has been given. */
export function toAnalysisInput(source: InputSource, fallbackName: string): AnalysisInput | null {
  switch (source.kind) {
    case "paste":
      return source.text.trim() === "" ? null : { kind: "text", text: source.text, name: pastedName(source.text, fallbackName) };
    case "file":
      return { kind: "file", file: source.file, name: source.file.name };
    case "dataset":
      return { kind: "file", file: source.blob, name: source.name };
  }
}

/**
 * A name for pasted text: the first FASTA/FASTQ header's id when the text starts with one
 * (reads only the first line), else the fallback.
 */
export function pastedName(text: string, fallback: string): string {
  const start = text.search(/\S/);
  if (start < 0) return fallback;
  const first = text.charAt(start);
  if (first !== ">" && first !== "@") return fallback;
  const end = text.slice(start, start + 1024).search(/[\r\n]/);
  const header = text.slice(start + 1, end < 0 ? start + 1024 : start + end).trim();
  const id = header.split(/\s+/)[0] ?? "";
  return id === "" ? fallback : id;
}

/** Short description of a file input for the UI, null for pasted text. */
export function sourceLabel(source: InputSource): string | null {
  switch (source.kind) {
    case "paste":
      return null;
    case "file":
      return source.file.name;
    case "dataset":
      return `${source.name} from ${source.datasetTitle}`;
  }
}

/** Size in bytes of a file input, or of pasted text (UTF-16 length as an estimate). */
export function sourceSize(source: InputSource): number {
  switch (source.kind) {
    case "paste":
      return source.text.length;
    case "file":
      return source.file.size;
    case "dataset":
      return source.blob.size;
  }
}
