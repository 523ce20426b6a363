import { describe, expect, it } from "vitest";
import type { AnalysisResults } from "@/lib/analysis/contract";
import { exportFiles, fileStem, resultJson, toTsv } from "./export-formats";

describe("result exports", () => {
  it("derives file stems from input names", () => {
    expect(fileStem("NC_005816.fna")).toBe("NC_005816");
    expect(fileStem("reads.fastq.gz")).toBe("reads");
    expect(fileStem("C:\\data\\my seq (1).fa")).toBe("my_seq_1");
    expect(fileStem("")).toBe("sequence");
  });

  it("writes TSV with one header and no tabs inside cells", () => {
    expect(toTsv(["a", "b"], [["x\ty", null], [1, true]])).toBe("a\tb\nx y\t\n1\ttrue\n");
  });

  it("exports translations as FASTA wrapped at 60", () => {
    const result: AnalysisResults["translate"] = [{ recordId: "r1", frame: -2, protein: "M".repeat(61), trailingBases: 1 }];
    const [fasta, json] = exportFiles("translate", result, { a: "r1.fa" });
    expect(fasta?.filename).toBe("r1.translation.faa");
    expect(fasta?.content()).toBe(`>r1 frame=-2\n${"M".repeat(60)}\nM\n`);
    expect(json?.filename).toBe("r1.translate.json");
  });

  it("exports digest fragments and sites", () => {
    const result: AnalysisResults["digest"] = [
      {
        recordId: "p",
        length: 100,
        circular: true,
        sites: [{ enzyme: "EcoRI", site: "GAATTC", position: 9, strand: "+", cutTop: 10, cutBottom: 14 }],
        fragments: [{ start: 10, end: 10, length: 100, leftEnzyme: "EcoRI", rightEnzyme: "EcoRI" }],
      },
    ];
    const files = exportFiles("digest", result, { a: "p.gb" });
    expect(files.map((f) => f.filename)).toEqual(["p.digest.fragments.tsv", "p.digest.sites.tsv", "p.digest.json"]);
    expect(files[0]?.content()).toBe(
      "# positions are 0-based; cuts lie between bases (0…length); fragments are half-open [start, end) and wrap the origin on circular records\n" +
        "record\tstart\tend\tlength\tleft_enzyme\tright_enzyme\np\t10\t10\t100\tEcoRI\tEcoRI\n",
    );
    expect(files[1]?.content().split("\n")[0]).toMatch(/^# positions are 0-based/);
  });

  it("says how ORF coordinates count, and names proteins with 1-based INSDC locations", () => {
    const result: AnalysisResults["orfs"] = [
      { recordId: "MN908947", start: 265, end: 13483, strand: "+", frame: 2, lengthAa: 4405, hasStop: true, protein: "MESL" },
      { recordId: "MN908947", start: 100, end: 400, strand: "-", frame: -1, lengthAa: 99, hasStop: true, protein: "MKV" },
    ];
    const [tsv, fasta] = exportFiles("orfs", result, { a: "MN908947.fasta" });
    expect(tsv?.content().split("\n").slice(0, 3)).toEqual([
      "# start/end: 0-based half-open on the forward strand (the page shows 1-based starts), stop codon included; frame ±1..3 on the ORF's strand",
      "record\tstart\tend\tstrand\tframe\tlength_aa\thas_stop\tprotein",
      "MN908947\t265\t13483\t+\t2\t4405\ttrue\tMESL",
    ]);
    expect(fasta?.content()).toBe(">MN908947_orf1 location=266..13483 frame=2 length=4405aa\nMESL\n>MN908947_orf2 location=complement(101..400) frame=-1 length=99aa\nMKV\n");
  });

  it("names pairwise results after both inputs and turns typed arrays into JSON arrays", () => {
    const result: AnalysisResults["dotplot"] = { lengthA: 4, lengthB: 4, size: 2, forward: new Uint32Array([1, 0, 0, 1]), reverse: new Uint32Array(4) };
    const files = exportFiles("dotplot", result, { a: "a.fa", b: "b.fa" });
    expect(files.map((f) => f.filename)).toEqual(["a_vs_b.dotplot.json"]);
    expect(JSON.parse(resultJson("dotplot", result)).forward).toEqual([1, 0, 0, 1]);
  });

  it("labels the aligned sequences by record id and names the files after the inputs", () => {
    const result: AnalysisResults["align"] = { score: 1, length: 2, identity: 2, similarity: 2, gaps: 0, startA: 1, endA: 2, startB: 3, endB: 4, alignedA: "MV", alignedB: "MV", markup: "||" };
    const [text, fasta] = exportFiles("align", result, { a: "S-O01-water-hba.fasta", b: "hbb.fa", labelA: "HBA_HUMAN", labelB: "HBB_HUMAN" });
    expect(text?.filename).toBe("S-O01-water-hba_vs_hbb.align.txt");
    expect(text?.content()).toContain("HBA_HUMAN          1 MV      2");
    expect(fasta?.content()).toBe(">HBA_HUMAN 1-2\nMV\n>HBB_HUMAN 3-4\nMV\n");
  });

  it("exports stats records as TSV", () => {
    const result: AnalysisResults["stats"] = {
      format: "fasta",
      records: [{ id: "x", lengthBp: 10, gcPercent: 40, gcPercentAll: 40, nCount: 0, lowercaseCount: 2 }],
      recordsTruncated: false,
      total: { records: 1, lengthBp: 10, minLength: 10, maxLength: 10, meanLength: 10, gcPercent: 40, gcPercentAll: 40, nCount: 0, lowercaseCount: 2, composition: {}, n50: 10, l50: 1 },
      lengthHistogram: [],
    };
    const [tsv] = exportFiles("stats", result, { a: "x.fa" });
    expect(tsv?.content()).toBe("id\tmolecule\tlength_bp\tgc_percent\tgc_percent_all\tn_count\tlowercase_count\tmean_quality\nx\t\t10\t40.00\t40.00\t0\t2\t\n");
  });

  it("names protein lengths in residues and leaves their GC and N count empty", () => {
    const result: AnalysisResults["stats"] = {
      format: "fasta",
      records: [{ id: "p", molecule: "protein", lengthBp: 12, gcPercent: null, gcPercentAll: null, nCount: null, lowercaseCount: 0 }],
      recordsTruncated: false,
      total: { records: 1, molecule: "protein", lengthBp: 12, minLength: 12, maxLength: 12, meanLength: 12, gcPercent: null, gcPercentAll: null, nCount: null, lowercaseCount: 0, composition: {}, n50: 12, l50: 1 },
      lengthHistogram: [],
    };
    const [tsv] = exportFiles("stats", result, { a: "p.faa" });
    expect(tsv?.content()).toBe("id\tmolecule\tlength_aa\tgc_percent\tgc_percent_all\tn_count\tlowercase_count\tmean_quality\np\tprotein\t12\t\t\t\t0\t\n");
  });
});
