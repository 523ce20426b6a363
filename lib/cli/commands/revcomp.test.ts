import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

async function run(stdin: string, ...args: string[]) {
  const io = memoryIO(stdin);
  const code = await main(["revcomp", "-", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("cyanea revcomp", () => {
  it("complements IUPAC codes with case, U, gaps and stops kept", async () => {
    expect(await run(">a\nACGTRYKMacgtn\n>r\nAUGC-*.\n")).toEqual({ code: 0, out: ">a\nnacgtKMRYACGT\n>r\n.*-GCAU\n", err: "" });
  });

  it("refuses a protein record, naming it and the first offending letter (exit 1)", async () => {
    const r = await run(">p\nMKVLLAAGHQWERTYIPASDFGHKLCVNM\n");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      'cyanea revcomp: <stdin>: record "p" looks like a protein sequence: "L" at position 4 is not an IUPAC nucleotide code (ACGTURYSWKMBDHVN, gaps - . and *); reverse complement needs DNA or RNA\n',
    );
  });

  it("refuses letters that are no IUPAC nucleotide code", async () => {
    let r = await run(">s1\nACGTXJ\n");
    expect(r.code).toBe(1);
    expect(r.err).toContain('record "s1" looks like a protein sequence: "X" at position 5');
    r = await run(">o\nACGTOOACGT\n");
    expect(r.code).toBe(1);
    expect(r.err).toContain('record "o" looks like a protein sequence: "O" at position 5');
  });

  it("reads Phred+64 FASTQ without asking for its encoding (qualities are not used)", async () => {
    const r = await run("@r1\nAACG\n+\nhhhJ\n");
    expect(r).toEqual({ code: 0, out: ">r1\nCGTT\n", err: "" });
  });

  it("names a FASTQ record whose quality ran into the next record", async () => {
    const r = await run("@r1\nACGTACGT\n+\nIIII\n@r2\nACGT\n+\nIIII\n");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "cyanea revcomp: <stdin>: FASTQ line 4: the quality of record 'r1' (line 1), starting on line 4, is shorter than its sequence (4 characters for 8 bases) and ran into line 5, which looks like the next record's title\n",
    );
  });
});
