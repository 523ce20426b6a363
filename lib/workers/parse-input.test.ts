import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { AnalysisInput } from "@/lib/analysis/contract";
import { BioParseError } from "@/lib/bio/parse-error";
import { InputFormatError, InputTooLargeError } from "./errors";
import { openInputStream, readInputRecords, withHeaderIfBare } from "./parse-input";

const DATA = path.resolve(import.meta.dirname, "..", "..", "db", "seed", "data");
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DATA, name)));
const file = (name: string, content: Uint8Array | string = bytes(name)): AnalysisInput => ({ kind: "file", file: new Blob([content as BlobPart]), name });

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

describe("readInputRecords", () => {
  it("parses pasted FASTA text", async () => {
    const records = await readInputRecords({ kind: "text", text: ">a first\r\nACGT\r\nac\r\n>b\n\n>c\nNNN\n" });
    expect(records).toEqual([
      { id: "a", description: "first", sequence: "ACGTac" },
      { id: "b", description: "", sequence: "" },
      { id: "c", description: "", sequence: "NNN" },
    ]);
  });

  it("reads a FASTA file and the same file gzip-compressed", async () => {
    const plain = await readInputRecords(file("NC_005816.fna"));
    expect(plain).toHaveLength(1);
    expect(plain[0]!.id).toBe("gi|45478711|ref|NC_005816.1|");
    expect(plain[0]!.sequence).toHaveLength(9609);
    const gz = await readInputRecords(file("NC_005816.fna.gz", gzipSync(bytes("NC_005816.fna"))));
    expect(gz).toEqual(plain);
  });

  it("takes GenBank ids from VERSION and topology from LOCUS", async () => {
    const [plasmid] = await readInputRecords(file("NC_005816.gb"));
    expect(plasmid).toMatchObject({ id: "NC_005816.1", circular: true });
    expect(plasmid!.sequence).toHaveLength(9609);
    const [virus] = await readInputRecords(file("sars-cov-2_MN908947.gb"));
    expect(virus).toMatchObject({ id: "MN908947", circular: false });
  });

  it("keeps FASTQ qualities as Phred scores", async () => {
    const records = await readInputRecords(file("example.fastq"));
    expect(records).toHaveLength(3);
    expect(records[0]!.sequence).toBe("CCCTTCTTGTCTTCAGCGTTTCTCC");
    expect(Array.from(records[0]!.quality!.subarray(0, 3))).toEqual([26, 26, 18]);
  });

  it("reads Phred+64 FASTQ without decoding qualities when they are not used", async () => {
    const text: AnalysisInput = { kind: "text", text: "@r1\nAACG\n+\nhhhJ\n" };
    await expect(readInputRecords(text)).rejects.toMatchObject({ code: "phred64_detected" });
    expect(await readInputRecords(text, { qualities: false })).toEqual([{ id: "r1", description: "", sequence: "AACG" }]);
  });

  it("refuses other formats and empty input with a message naming the input", async () => {
    await expect(readInputRecords(file("1crn.pdb"))).rejects.toThrow(new InputFormatError("1crn.pdb", "1crn.pdb: expected FASTA, FASTQ or GenBank input, found PDB"));
    await expect(readInputRecords({ kind: "text", text: "<html>hello</html>" })).rejects.toThrow("pasted text: expected FASTA, FASTQ or GenBank input, found an unrecognised format");
    await expect(readInputRecords({ kind: "text", text: "  \n", name: "blank.fa" })).rejects.toThrow("blank.fa is empty");
    await expect(readInputRecords(file("junk.gz", new Uint8Array([0x1f, 0x8b, 1, 2, 3])))).rejects.toBeInstanceOf(InputFormatError);
  });

  it("passes parser errors through as BioParseError with the line", async () => {
    const err = await readInputRecords({ kind: "text", text: "@r1\nACGT\n+\nII\n" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BioParseError);
    expect((err as BioParseError).line).toBe(4);
  });

  it("refuses inputs above the bound, naming the file and the bound", async () => {
    const big = file("big.fa", `>x\n${"A".repeat(2000)}\n`);
    await expect(readInputRecords(big, { maxBytes: 1024 })).rejects.toThrow(new InputTooLargeError("big.fa", 2004, 1024));
    await expect(readInputRecords(big, { maxBytes: 1024 })).rejects.toThrow("big.fa is 2004 bytes, more than the 1024 bytes an analysis can load at once");
    const bomb = file("bomb.fa.gz", gzipSync(`>x\n${"A".repeat(100_000)}\n`));
    await expect(readInputRecords(bomb, { maxBytes: 10_000 })).rejects.toThrow(new InputTooLargeError("bomb.fa.gz", null, 10_000, "bomb.fa.gz decompresses to more than the 10000 bytes an analysis can load at once"));
  });

  it("stops reading when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readInputRecords(file("NC_005816.fna.gz", gzipSync(bytes("NC_005816.fna"))), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("openInputStream", () => {
  it("streams pasted text in chunks", async () => {
    const text = `>x\n${"ACGT".repeat(600_000)}\n`;
    const stream = await openInputStream({ kind: "text", text });
    expect(stream).toMatchObject({ sourceBytes: text.length, gzip: false });
    const chunks: Uint8Array[] = [];
    for await (const c of stream.chunks) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
  });

  it("streams a gzip file decompressed and reports progress on the compressed bytes", async () => {
    const gz = gzipSync(bytes("NC_005816.fna"));
    const seen: number[] = [];
    const stream = await openInputStream(file("x.fna.gz", gz), { onSourceBytes: (n) => seen.push(n) });
    expect(stream).toMatchObject({ sourceBytes: gz.length, gzip: true });
    expect(Buffer.from(await collect(stream.chunks)).equals(Buffer.from(bytes("NC_005816.fna")))).toBe(true);
    expect(seen.at(-1)).toBe(gz.length);
  });

  it("streams a plain file as it is", async () => {
    const stream = await openInputStream(file("example.fastq"));
    expect(stream.gzip).toBe(false);
    expect(Buffer.from(await collect(stream.chunks)).equals(Buffer.from(bytes("example.fastq")))).toBe(true);
  });
});

describe("bare pasted sequences", () => {
  it("are read as one FASTA record named after the input", async () => {
    const records = await readInputRecords({ kind: "text", text: "ATGAAACCC\nGGGTTTTAA\n", name: "sequence A" });
    expect(records).toEqual([{ id: "sequence-A", description: "", sequence: "ATGAAACCCGGGTTTTAA" }]);
  });

  it("leave framed or non-sequence text to the parsers' messages", () => {
    for (const text of [">a\nACGT\n", "@r\nACGT\n+\nIIII\n", "hello, world 123", "   ", "LOCUS       X 4 bp DNA\n"]) {
      expect(withHeaderIfBare({ kind: "text", text })).toEqual({ kind: "text", text });
    }
  });
});
