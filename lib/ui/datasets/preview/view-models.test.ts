import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeFile } from "@/lib/bio/summarize";
import type { BioFileFormat } from "@/lib/bio/sniff";
import { isTruncated, toPreviewView, type PreviewResponse } from "./view-models";

// Real files from the seed set (copied from ../shared/data; origins in db/seed/data/README.md).
const seedData = path.resolve(import.meta.dirname, "../../../../db/seed/data");

function preview(file: string, format: BioFileFormat, previewLimit = 50): PreviewResponse {
  const summary = summarizeFile(format, readFileSync(path.join(seedData, file), "utf8"), { previewLimit });
  return { fileId: "f", format: summary.format, summary };
}

describe("toPreviewView", () => {
  it("maps a GenBank record with 1-based feature coordinates and qualifiers", () => {
    const view = toPreviewView(preview("NC_005816.gb", "genbank"));
    expect(view.kind).toBe("genbank");
    if (view.kind !== "genbank") return;
    const record = view.records[0]!;
    expect(record.topology).toBe("circular");
    expect(record.accession).toMatch(/^NC_005816/);
    const cds = record.features.filter((f) => f.type === "CDS");
    expect(cds.length).toBeGreaterThan(0);
    expect(cds.some((f) => f.product === "putative transposase")).toBe(true);
    expect(record.features.some((f) => f.gene === "rop")).toBe(true);
    // The source feature spans the whole molecule: 1..length in GenBank's own numbering.
    const source = record.features.find((f) => f.type === "source")!;
    expect([source.start1, source.end1]).toEqual([1, record.lengthBp]);
    expect(record.featureCounts.find((c) => c.type === "CDS")?.count).toBe(cds.length);
  });

  it("maps a PDB structure", () => {
    const view = toPreviewView(preview("1crn.pdb", "pdb"));
    expect(view.kind).toBe("structure");
    if (view.kind !== "structure") return;
    expect(view.modelCount).toBe(1);
    expect(view.chains.map((c) => c.id)).toEqual(["A"]);
    expect(view.atomCount).toBeGreaterThan(300);
    expect(view.centroid).toHaveLength(3);
  });

  it("maps a FASTA file and reports truncation against the totals", () => {
    const view = toPreviewView(preview("NC_005816.ffn", "fasta", 2));
    expect(view.kind).toBe("sequence");
    if (view.kind !== "sequence") return;
    expect(view.records).toHaveLength(2);
    expect(view.recordCount).toBeGreaterThan(2);
    expect(view.alphabet).toBe("nucleotide");
    expect(view.quality).toBeNull();
    expect(isTruncated(view)).toBe(true);
  });

  it("maps a CSV table", () => {
    const view = toPreviewView(preview("penguins.csv", "csv", 5));
    expect(view.kind).toBe("table");
    if (view.kind !== "table") return;
    expect(view.delimiter).toBe(",");
    expect(view.header).toContain("species");
    expect(view.rows).toHaveLength(5);
    expect(view.rowCount).toBeGreaterThan(300);
  });

  it("falls back to key/value for a summary without the expected shape", () => {
    const broken = { fileId: "f", format: "genbank", summary: { format: "genbank", records: "nope" } } as unknown as PreviewResponse;
    expect(toPreviewView(broken).kind).toBe("unknown");
  });
});
