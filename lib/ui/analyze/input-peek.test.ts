import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { peekInput, peekText, recordLabel } from "./input-peek";

const HBA = "MVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHFDLSHGSAQVKGHGKKVADALTNAVAHVDDMPNALSALSDLHAHKLRVDPVNFKLLSHCLLVTLAAHLPAEFTPAVHASLDKFLASVSTVLTSKYR";

describe("peekText", () => {
  it("reads FASTA ids, lengths and the first record's molecule", () => {
    const peek = peekText(`>HBA_HUMAN hemoglobin alpha\n${HBA.slice(0, 60)}\n${HBA.slice(60)}\n>r2\nACGT\nAC\n`, true);
    expect(peek).toEqual({
      records: [
        { id: "HBA_HUMAN", length: HBA.length },
        { id: "r2", length: 6 },
      ],
      complete: true,
      molecule: "protein",
    });
  });

  it("leaves the length of a record cut off by the look unknown", () => {
    const peek = peekText(">a\nACGTACGT\n>b\nACGTAC", false);
    expect(peek.records).toEqual([
      { id: "a", length: 8 },
      { id: "b", length: null },
    ]);
    expect(peek.complete).toBe(false);
    expect(peek.molecule).toBe("dna");
  });

  it("reads FASTQ and GenBank heads", () => {
    expect(peekText("@read1 x\nACGU\n+\nIIII\n@read2\nAC\n+\nII\n", true)).toEqual({
      records: [
        { id: "read1", length: 4 },
        { id: "read2", length: 2 },
      ],
      complete: true,
      molecule: "rna",
    });
    const gb = "LOCUS       NC_005816               9609 bp    DNA     circular CON 10-JUN-2013\nACCESSION   NC_005816\nVERSION     NC_005816.1\nORIGIN\n        1 tgtaacgaac\n//\n";
    expect(peekText(gb, true)).toEqual({ records: [{ id: "NC_005816.1", length: 9609 }], complete: true, molecule: "dna" });
  });

  it("knows nothing about text that is no sequence file", () => {
    expect(peekText("ACGT", true)).toEqual({ records: [], complete: true, molecule: "unknown" });
    expect(recordLabel(peekText("", true), "file.fa")).toBe("file.fa");
  });
});

describe("peekInput", () => {
  it("labels a file by its first record's id", async () => {
    const file = new Blob([`>HBA_HUMAN\n${HBA}\n`]);
    const peek = await peekInput({ kind: "file", file, name: "S-O01-water-hba.fasta" });
    expect(recordLabel(peek, "S-O01-water-hba.fasta")).toBe("HBA_HUMAN");
    expect(peek.complete).toBe(true);
  });

  it("looks only at the head of a large or gzipped file", async () => {
    const text = `>big\n${"ACGT".repeat(100)}\n>second\nAC\n`;
    const head = await peekInput({ kind: "file", file: new Blob([text]), name: "big.fa" }, 64);
    expect(head.complete).toBe(false);
    expect(head.records).toEqual([{ id: "big", length: null }]);
    const gz = await peekInput({ kind: "file", file: new Blob([gzipSync(text)]), name: "big.fa.gz" });
    expect(gz.records.map((r) => r.id)).toEqual(["big", "second"]);
    expect(gz.complete).toBe(true);
  });

  it("takes pasted text as it is", async () => {
    expect((await peekInput({ kind: "text", text: ">x\nACGT\n" })).records).toEqual([{ id: "x", length: 4 }]);
  });
});
