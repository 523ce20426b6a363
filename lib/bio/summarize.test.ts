import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createFastaScanner } from "./fasta-scanner";
import { createFastqScanner } from "./fastq-scanner";
import { BioParseError } from "./parse-error";
import { fastaPreview, fastqPreview, summarizeFile, type FileSummary } from "./summarize";

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const roundTripJson = (x: FileSummary): unknown => JSON.parse(JSON.stringify(x));

describe("summarizeFile", () => {
  it("FASTA: totals, GC and per-record rows; streaming gives the same preview", () => {
    const s = summarizeFile("fasta", text("NC_005816.ffn"), { previewLimit: 3 });
    if (s.format !== "fasta") throw new Error("wrong format");
    expect(s.records).toHaveLength(3);
    expect(s.records[0]).toEqual({ id: "ref|NC_005816.1|:87-1109", description: "putative transposase [Yersinia pestis biovar Microtus str. 91001]", lengthBp: 1023, gcPercent: expect.closeTo(52.7859, 4), nCount: 0 });
    expect(s.totals).toMatchObject({ recordCount: 10, totalLengthBp: 5814, nCount: 0, alphabet: "nucleotide" });
    expect(s.totals.gcPercent!).toBeCloseTo(45.9408, 4);
    const scanner = createFastaScanner({ maxRecords: 3 });
    scanner.push(new TextEncoder().encode(text("NC_005816.ffn")));
    expect(fastaPreview(scanner.end(), 3)).toEqual(s);
    expect(roundTripJson(s)).toEqual(s);
  });

  it("FASTA: protein files have no GC and report the alphabet; N50 is computed", () => {
    const s = summarizeFile("fasta", text("NC_005816.faa"));
    if (s.format !== "fasta") throw new Error("wrong format");
    expect(s.totals.alphabet).toBe("protein");
    expect(s.totals.gcPercent).toBeNull();
    expect(s.records.every((r) => r.gcPercent === null)).toBe(true);
    // Lengths 357, 340, 312, … total 1928; 357 + 340 + 312 = 1009 is the first sum ≥ 964.
    expect(s.totals.n50).toBe(312);
  });

  it("FASTQ: mean quality, GC and offset; streaming gives the same preview", () => {
    const s = summarizeFile("fastq", text("example.fastq"));
    if (s.format !== "fastq") throw new Error("wrong format");
    expect(s.totals).toMatchObject({ recordCount: 3, totalLengthBp: 75, phredOffset: 33, minQuality: 12, maxQuality: 26 });
    expect(s.totals.meanQuality!).toBeCloseTo(24.4, 4);
    expect(s.totals.gcPercent!).toBeCloseTo(61.3333, 4);
    expect(s.records[0]!.meanQuality!).toBeCloseTo(25.28, 4);
    const scanner = createFastqScanner();
    scanner.push(new TextEncoder().encode(text("example_dos.fastq")));
    expect(fastqPreview(scanner.end())).toEqual(s);
    expect(roundTripJson(s)).toEqual(s);
  });

  it("FASTQ: Phred+64 input needs the offset option", () => {
    expect(() => summarizeFile("fastq", text("illumina_full_range_original_illumina.fastq"))).toThrow(/Phred\+64/);
    const s = summarizeFile("fastq", text("illumina_full_range_original_illumina.fastq"), { phredOffset: 64 });
    expect(s).toMatchObject({ format: "fastq", totals: { phredOffset: 64, minQuality: 0, maxQuality: 62, meanQuality: 31 } });
  });

  it("GenBank: record header, GC, feature counts and 0-based feature coordinates", () => {
    const s = summarizeFile("genbank", text("NC_005816.gb"), { previewLimit: 10 });
    if (s.format !== "genbank") throw new Error("wrong format");
    const r = s.records[0]!;
    expect(r).toMatchObject({ name: "NC_005816", accession: "NC_005816", version: "NC_005816.1", lengthBp: 9609, topology: "circular", organism: "Yersinia pestis biovar Microtus str. 91001", featureCount: 41 });
    expect(r.gcPercent!).toBeCloseTo(45.2597, 4);
    expect(r.featureCounts).toEqual({ CDS: 10, gene: 10, misc_feature: 13, repeat_region: 1, source: 1, variation: 6 });
    expect(r.features).toHaveLength(10);
    expect(r.features[3]).toEqual({ type: "CDS", location: "87..1109", start: 86, end: 1109, strand: 1, product: "putative transposase", locusTag: "YP_pPCP01" });
    const pst = summarizeFile("genbank", text("NC_005816.gb"), { previewLimit: 100 });
    if (pst.format !== "genbank") throw new Error("wrong format");
    expect(pst.records[0]!.features.find((f) => f.location === "complement(4815..5888)" && f.type === "CDS")).toMatchObject({ start: 4814, end: 5888, strand: -1, gene: "pst" });
    expect(roundTripJson(s)).toEqual(s);
  });

  it("PDB and mmCIF of the same entry give the same structure summary", () => {
    const pdb = summarizeFile("pdb", text("1crn.pdb"));
    const cif = summarizeFile("mmcif", text("1CRN.cif"));
    if (pdb.format !== "pdb" || cif.format !== "mmcif") throw new Error("wrong format");
    expect({ ...cif, format: "pdb" }).toEqual(pdb);
    expect(pdb).toMatchObject({ idCode: "1CRN", modelCount: 1, atomRecords: 327, chains: [{ id: "A", residueCount: 46, atomCount: 327 }] });
    expect(roundTripJson(pdb)).toEqual(pdb);
  });

  it("CSV/TSV: header, first rows and row count", () => {
    const s = summarizeFile("csv", text("penguins.csv"), { previewLimit: 2 });
    expect(s).toMatchObject({ format: "csv", delimiter: ",", rowCount: 344, rows: [expect.any(Array), expect.any(Array)] });
    const tsv = summarizeFile("tsv", "a\tb\n1\t2\n");
    expect(tsv).toEqual({ format: "tsv", delimiter: "\t", header: ["a", "b"], rows: [["1", "2"]], rowCount: 1 });
  });

  it("propagates BioParseError", () => {
    expect(() => summarizeFile("fasta", "ACGT\n")).toThrow(BioParseError);
    expect(() => summarizeFile("pdb", "HEADER\n")).toThrow(BioParseError);
  });

  it("property: FASTA previews are JSON-serialisable and match the stream path", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(..."abc1"), minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom(..."ACGTNMKV*"), maxLength: 50 })), { minLength: 1, maxLength: 5 }), (recs) => {
        const input = recs.map(([id, seq]) => `>${id}\n${seq}\n`).join("");
        const s = summarizeFile("fasta", input, { previewLimit: 3 });
        expect(roundTripJson(s)).toEqual(s);
        const scanner = createFastaScanner({ maxRecords: 3 });
        scanner.push(new TextEncoder().encode(input));
        expect(fastaPreview(scanner.end(), 3)).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });
});

describe("summarizeFile robustness", () => {
  const formats = ["fasta", "fastq", "genbank", "pdb", "mmcif", "csv", "tsv"] as const;
  const tokens = fc.constantFrom(
    ">a\n", "ACGT\n", "@r\n", "+\n", "IIII\n", "LOCUS       X 10 bp DNA circular\n", "FEATURES\n", "     CDS             complement(9..2)\n",
    "     gene            J1.1:9..2\n", "ORIGIN\n", "        1 acgtacgtac\n", "//\n", "ATOM      1  N   ALA A   1       1.000   2.000   3.000\n",
    "data_x\n", "loop_\n_atom_site.Cartn_x\n_atom_site.Cartn_y\n_atom_site.Cartn_z\n", "1 2 3\n", "a,b\n", "1\t2\n", "\"", "\r\n",
  );
  it("property: throws nothing but BioParseError for any input and format", () => {
    fc.assert(
      fc.property(fc.constantFrom(...formats), fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.array(tokens, { maxLength: 12 }).map((t) => t.join(""))), (format, input) => {
        try {
          const s = summarizeFile(format, input, { previewLimit: 5 });
          expect(roundTripJson(s)).toEqual(s);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
