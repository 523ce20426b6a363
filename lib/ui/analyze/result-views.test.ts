import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AnalysisResults } from "@/lib/analysis/contract";
import { ResultSection, type ResultContext } from "./result-section";
import { defaultSettings } from "./settings";
import type { OpResult, RunState } from "./use-analysis-runs";

/** Server-renders a result panel (no browser APIs are needed to draw tables and SVG charts). */
function render(state: RunState, overrides: Partial<ResultContext> = {}): string {
  const context: ResultContext = { nameA: "a.fasta", nameB: "b.fasta", labelA: "seqA", labelB: "seqB", protein: false, dotPlotK: 11, params: defaultSettings().params, recordLengths: new Map([["r1", 1000]]), ...overrides };
  const op = state.status === "done" ? state.result.op : "stats";
  return renderToStaticMarkup(createElement(ResultSection, { op, state, context, open: true, onToggle: () => {}, onCancel: () => {}, onRetry: () => {} }));
}

function done(result: OpResult): RunState {
  return { status: "done", result, ms: 12 };
}

const stats: AnalysisResults["stats"] = {
  format: "fastq",
  records: Array.from({ length: 250 }, (_, i) => ({ id: `read${i}`, lengthBp: 100 + i, gcPercent: 45.2612, gcPercentAll: 45, nCount: 0, lowercaseCount: 0, meanQuality: 30 })),
  recordsTruncated: false,
  total: { records: 250, lengthBp: 9609, minLength: 100, maxLength: 349, meanLength: 224.5, gcPercent: 45.2612, gcPercentAll: 45, nCount: 0, lowercaseCount: 0, composition: {}, n50: 9609, l50: 1, meanQuality: 30, minQuality: 2, maxQuality: 40 },
  lengthHistogram: [
    { start: 100, end: 200, count: 100 },
    { start: 200, end: 350, count: 150 },
  ],
  perPositionQuality: [
    { position: 1, mean: 31, count: 250 },
    { position: 2, mean: 29.5, count: 250 },
  ],
};

describe("result panels", () => {
  it("shows statistics with totals, a capped table and charts", () => {
    const html = render(done({ op: "stats", value: stats }));
    expect(html).toContain("9,609 bp");
    expect(html).toContain("45.26 %");
    expect(html).toContain("Showing the first 200 of 250 rows");
    expect(html).toContain('role="img"');
    expect(html).toContain("Mean quality by read position");
  });

  it("shows progress with a Cancel button while running", () => {
    const html = render({ status: "running", progress: 0.42 });
    expect(html).toContain("<progress");
    expect(html).toContain("42%");
    expect(html).toContain("Cancel");
  });

  it("shows a parse error's line and column, and Retry for a crashed worker", () => {
    const parse = render({ status: "failed", failure: { kind: "parse", message: "FASTA line 3, column 3: bad", line: 3, column: 3 } });
    expect(parse).toContain("line 3, column 3");
    expect(parse).not.toContain("Retry");
    const crashed = render({ status: "failed", failure: { kind: "crashed", message: "The analysis worker stopped responding" } });
    expect(crashed).toContain("Retry");
    expect(render({ status: "failed", failure: { kind: "transient", message: "Too many analyses queued" } })).toContain("Retry");
    const tooLarge = render({ status: "failed", failure: { kind: "tooLarge", message: "big.fa is 300 MiB" } });
    expect(tooLarge).toContain("big.fa is 300 MiB");
    expect(tooLarge).not.toContain("Retry");
  });

  it("offers no Retry for failures a retry cannot change", () => {
    const html = render({ status: "failed", failure: { kind: "failed", message: "need 894,189,409 DP cells; alignment accepts at most 400,000,000" } });
    expect(html).toContain("894,189,409");
    expect(html).not.toContain("Retry");
    expect(html).toContain('data-status="failed"');
  });

  it("marks a cancelled run as cancelled", () => {
    const html = render({ status: "failed", failure: { kind: "cancelled", message: "Cancelled." } });
    expect(html).toContain('data-status="cancelled"');
    expect(html).toContain("Run again");
  });

  it("draws the ORF map and table", () => {
    const orfs: AnalysisResults["orfs"] = [
      { recordId: "r1", start: 86, end: 1109, strand: "+", frame: 3, lengthAa: 340, protein: "M".repeat(340), hasStop: true },
      { recordId: "r1", start: 10, end: 310, strand: "-", frame: -2, lengthAa: 99, protein: "M".repeat(99), hasStop: true },
    ];
    const html = render(done({ op: "orfs", value: orfs }));
    expect(html).toContain("ORF map of r1: 2 open reading frames on a 1,000 bp sequence");
    expect(html).toContain("1,109");
    expect(html.match(/<polygon/g)).toHaveLength(2);
  });

  it("draws the restriction map with fragments", () => {
    const digest: AnalysisResults["digest"] = [
      {
        recordId: "p",
        length: 9609,
        circular: true,
        sites: [{ enzyme: "EcoRI", site: "GAATTC", position: 99, strand: "+", cutTop: 100, cutBottom: 104 }],
        fragments: [{ start: 100, end: 100, length: 9609, leftEnzyme: "EcoRI", rightEnzyme: "EcoRI" }],
      },
    ];
    const html = render(done({ op: "digest", value: digest }));
    expect(html).toContain("1 cut sites in 1 record.");
    expect(html).toContain("Restriction map of p (9,609 bp, circular)");
    expect(html).toContain("a cut at N falls after base N");
  });

  it("renders the alignment summary and blocks", () => {
    const align: AnalysisResults["align"] = { score: 293.5, length: 4, identity: 3, similarity: 4, gaps: 0, startA: 3, endA: 6, startB: 4, endB: 7, alignedA: "LSPA", alignedB: "LTPA", markup: "|:||" };
    const html = render(done({ op: "align", value: align }));
    expect(html).toContain("293.5");
    expect(html).toContain("3/4 (75.0%)");
    expect(html).toContain("seqA               3 LSPA      6");
  });

  it("renders translations, k-mers, motif hits, GC windows and the dot plot", () => {
    expect(render(done({ op: "translate", value: [{ recordId: "r1", frame: 1, protein: "MK*", trailingBases: 2 }] }))).toContain("r1 frame +1");
    expect(render(done({ op: "kmers", value: { k: 3, canonical: false, totalKmers: 10, distinctKmers: 2, top: [{ kmer: "ACG", count: 6 }, { kmer: "CGT", count: 4 }], spectrum: [{ multiplicity: 4, distinct: 1 }, { multiplicity: 6, distinct: 1 }] } }))).toContain("ACG");
    expect(render(done({ op: "motif", value: [{ recordId: "r1", start: 4, end: 10, strand: "-", matched: "GAATTC" }] }))).toContain("GAATTC");
    expect(render(done({ op: "gcWindows", value: { starts: [0, 500, 1000], gcPercent: [40, null, 50], gcSkew: [0.1, null, -0.2] } }))).toContain("GC skew");
    expect(render(done({ op: "dotplot", value: { lengthA: 10, lengthB: 12, size: 2, forward: new Uint32Array([1, 0, 0, 1]), reverse: new Uint32Array(4) } }))).toContain("<canvas");
  });

  it("labels pairwise results by record id", () => {
    const align: AnalysisResults["align"] = { score: 1, length: 2, identity: 2, similarity: 2, gaps: 0, startA: 1, endA: 2, startB: 1, endB: 2, alignedA: "MV", alignedB: "MV", markup: "||" };
    const html = render(done({ op: "align", value: align }), { nameA: "S-O01-water-hba.fasta", labelA: "HBA_HUMAN" });
    const shown = html.slice(html.indexOf('<div class="stack">'));
    expect(shown).toContain("HBA_HUMAN          1 MV      2");
    expect(shown).not.toContain("S-O01");
    // Downloads keep the file's name.
    expect(html).toContain("S-O01-water-hba_vs_b.align.txt");
  });

  it("draws a protein dot plot in residues without a reverse complement", () => {
    const value = { lengthA: 142, lengthB: 147, size: 2, forward: new Uint32Array([3, 0, 0, 3]), reverse: new Uint32Array(4) };
    const protein = render(done({ op: "dotplot", value }), { protein: true, dotPlotK: 3 });
    expect(protein).toContain("1–142 aa");
    expect(protein).not.toContain("bp");
    expect(protein).not.toContain("reverse complement");
    const dna = render(done({ op: "dotplot", value }));
    expect(dna).toContain("1–142 bp");
    expect(dna).toContain("reverse complement");
  });

  it("says when no word matched in the dot plot", () => {
    const html = render(done({ op: "dotplot", value: { lengthA: 142, lengthB: 147, size: 2, forward: new Uint32Array(4), reverse: new Uint32Array(4) } }), { protein: true, dotPlotK: 11 });
    expect(html).toContain("No matching words of length 11");
    expect(html).toContain("try a smaller word size");
    expect(html).not.toContain("<canvas");
  });

  it("gathers k-mers above the spectrum cap in a last ≥ 100 bar", () => {
    const spectrum = [
      { multiplicity: 1, distinct: 50 },
      { multiplicity: 2, distinct: 10 },
      { multiplicity: 150, distinct: 2 },
      { multiplicity: 900, distinct: 1 },
    ];
    const html = render(done({ op: "kmers", value: { k: 2, canonical: false, totalKmers: 1920, distinctKmers: 63, top: [{ kmer: "AA", count: 900 }], spectrum } }));
    expect(html).toContain("≥ 100: 3");
    expect(html).toContain("holds the 3 distinct k-mers seen 100 times or more (up to 900 times)");
  });

  it("draws the k-mer spectrum when it has a single bar", () => {
    const html = render(done({ op: "kmers", value: { k: 6, canonical: false, totalKmers: 40, distinctKmers: 40, top: [{ kmer: "ACGTAC", count: 1 }], spectrum: [{ multiplicity: 1, distinct: 40 }] } }));
    expect(html).toContain('aria-label="k-mer spectrum: a single bar, 40 distinct k-mers at multiplicity 1"');
    const bar = /<rect class="chart-bar" x="([\d.]+)" width="([\d.]+)" y="([\d.]+)" height="([\d.]+)">/.exec(html);
    expect(bar).not.toBeNull();
    expect(Number(bar![2])).toBeGreaterThan(10);
    expect(Number(bar![4])).toBeGreaterThan(10);
    // Axis ticks 0…5 around the bar, and the y tick of its count.
    for (const tick of ["0", "1", "5", "40"]) expect(html).toContain(`>${tick}</text>`);
    expect(html).toContain("Every k-mer occurs exactly once");
  });

  it("explains a single GC window and draws it as a point", () => {
    const html = render(done({ op: "gcWindows", value: { starts: [0], gcPercent: [52.5], gcSkew: [0.1] } }));
    expect(html).toContain("One window only");
    expect(html).toContain("GC 52.50 %");
    expect(html.match(/<circle /g)).toHaveLength(2);
  });

  it("says the dot plot's word is longer than a sequence instead of 'no matches'", () => {
    const html = render(done({ op: "dotplot", value: { lengthA: 142, lengthB: 8, size: 2, forward: new Uint32Array(4), reverse: new Uint32Array(4) } }), { labelB: "probe" });
    expect(html).toContain("The word size 11 is longer than probe (8 bases)");
  });
});
