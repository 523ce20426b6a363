import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { checkFormat } from "./check-format";

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(name: string, text: string): AppError {
  try {
    checkFormat(name, bytes(text));
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("no error");
}

describe("checkFormat", () => {
  it("recognises formats by content", () => {
    expect(checkFormat("a.fasta", bytes(">a\nACGT\n"))).toBe("fasta");
    expect(checkFormat("x.gb", bytes("LOCUS       X 4 bp DNA\n"))).toBe("genbank");
  });

  it("says what the named format's first line should be, with the line it found", () => {
    const e = errorOf("nohead.fasta", "\nACGTACGTACGT\n>later\nACGT\n");
    expect(e.message).toBe(`nohead.fasta: line 2: a FASTA file starts with a '>' header line (>id description) before any sequence; found "ACGTACGTACGT"`);
    expect(e.extra).toMatchObject({ file: "nohead.fasta", line: 2, expectedFormat: "fasta" });
    expect(errorOf("r.fq", "read1\nACGT\n+\nIIII\n").message).toContain("line 1: a FASTQ record starts with an '@' title line");
    expect(errorOf("x.gbk", `${"x".repeat(80)}\n`).message).toContain(`found "${"x".repeat(40)}…"`);
  });

  it("falls back to the list of formats when the name says nothing", () => {
    expect(errorOf("notes.bin", "just some words\n").message).toBe("notes.bin: the content is not a recognised format; expected FASTA, FASTQ, GenBank, PDB, mmCIF, CSV or TSV");
  });
});
