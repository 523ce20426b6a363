import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { checkExtensionMatch, expectedFormatForExtension, isGzipName, sniffFormat, SNIFF_BYTES } from "./sniff";

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe("sniffFormat", () => {
  const expected: Array<[string, string]> = [
    ["sars-cov-2_MN908947.fasta", "fasta"],
    ["NC_005816.faa", "fasta"],
    ["wisteria_matK_crlf.nu", "fasta"],
    ["example.fastq", "fastq"],
    ["example_dos.fastq", "fastq"],
    ["wrapping_original_sanger.fastq", "fastq"],
    ["tricky.fastq", "fastq"],
    ["seqkit_reads_1.fq.gz", "gzip"],
    ["NC_005816.gb", "genbank"],
    ["1crn.pdb", "pdb"],
    ["7DDO.pdb", "pdb"],
    ["disordered.pdb", "pdb"],
    ["1CRN.cif", "mmcif"],
    ["penguins.csv", "csv"],
    ["penguins_raw.csv", "csv"],
  ];
  for (const [file, format] of expected) {
    it(`${file} → ${format} from content alone`, () => {
      expect(sniffFormat(bytes(file))).toBe(format);
      expect(sniffFormat(bytes(file).subarray(0, SNIFF_BYTES))).toBe(format);
    });
  }

  it("accepts text and a BOM", () => {
    expect(sniffFormat("\uFEFF>x\nACGT\n")).toBe("fasta");
    expect(sniffFormat("# comment\ndata_1ABC\n_entry.id 1ABC\n")).toBe("mmcif");
    expect(sniffFormat("a\tb\n1\t2\n")).toBe("tsv");
    expect(sniffFormat("x;y\n1;2\n")).toBe("csv");
  });

  it("returns null for binary, empty or unrecognised input", () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
    expect(sniffFormat("")).toBeNull();
    expect(sniffFormat("hello world\n")).toBeNull();
    expect(sniffFormat("@not fastq\nhello there\n")).toBeNull();
  });

  it("uses the file name only to break ties", () => {
    expect(sniffFormat("gene\nBRCA1\nTP53\n")).toBeNull();
    expect(sniffFormat("gene\nBRCA1\nTP53\n", "genes.csv")).toBe("csv");
    // Splits evenly on both ',' and tab: the name decides.
    expect(sniffFormat("a,b\tc\n1,2\t3\n", "t.tsv")).toBe("tsv");
    expect(sniffFormat("a,b\tc\n1,2\t3\n", "t.csv")).toBe("csv");
    // Content wins over a misleading name.
    expect(sniffFormat(">x\nACGT\n", "structure.pdb")).toBe("fasta");
  });
});

describe("file names", () => {
  it("maps extensions, looking through .gz", () => {
    expect(expectedFormatForExtension("reads.fq.gz")).toBe("fastq");
    expect(expectedFormatForExtension("/tmp/x/GENOME.FASTA")).toBe("fasta");
    expect(expectedFormatForExtension("a.gbk")).toBe("genbank");
    expect(expectedFormatForExtension("1abc.cif")).toBe("mmcif");
    expect(expectedFormatForExtension("t.tab")).toBe("tsv");
    expect(expectedFormatForExtension("README")).toBeNull();
    expect(expectedFormatForExtension(".csv")).toBeNull();
    expect(isGzipName("x.fa.gz")).toBe(true);
  });

  it("reports a mismatch naming both formats", () => {
    expect(checkExtensionMatch("model.pdb", "fasta")).toEqual({
      expected: "pdb",
      detected: "fasta",
      message: "model.pdb is named like a PDB file but its content looks like FASTA",
    });
    expect(checkExtensionMatch("t.csv", "tsv")).toBeNull();
    expect(checkExtensionMatch("notes.txt", "fasta")).toBeNull();
    expect(checkExtensionMatch("reads.fq.gz", "gzip")).toBeNull();
    expect(checkExtensionMatch("reads.fq", "gzip")?.message).toMatch(/gzip-compressed/);
  });

  it("property: never throws and returns a known label", () => {
    const allowed = new Set(["fasta", "fastq", "genbank", "pdb", "mmcif", "csv", "tsv", "gzip", null]);
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 })), fc.option(fc.string({ maxLength: 20 })), (head, name) => {
        expect(allowed.has(sniffFormat(head, name ?? undefined))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
