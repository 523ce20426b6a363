import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AlignResult } from "@/lib/analysis/contract";
import { alignmentBlocks, alignmentSummary, alignmentText, embossSummaryLines, wrapSequence } from "./alignment-text";

/** EMBOSS water 6.6.0, HBA_HUMAN vs HBB_HUMAN, EBLOSUM62, gap 10 / 0.5 (srspair output). */
const water = readFileSync(path.join(import.meta.dirname, "fixtures", "S-O01-hba_hbb.water"), "utf8");
const lines = water.split("\n");
const blockLines = lines.filter((l) => /^(HBA_HUMAN|HBB_HUMAN) /.test(l) || /^ {21}\S/.test(l) || (/^ {21}/.test(l) && l.length > 21));

/** Rebuilds the AlignResult EMBOSS printed from its blocks. */
function resultFromWater(): AlignResult {
  let alignedA = "";
  let alignedB = "";
  let markup = "";
  for (let i = 0; i < blockLines.length; i += 3) {
    const a = blockLines[i] ?? "";
    const m = blockLines[i + 1] ?? "";
    const b = blockLines[i + 2] ?? "";
    const segA = a.slice(21).replace(/\s+\d+$/, "");
    alignedA += segA;
    alignedB += b.slice(21).replace(/\s+\d+$/, "");
    markup += m.slice(21).padEnd(segA.length);
  }
  return { score: 293.5, length: 145, identity: 63, similarity: 88, gaps: 8, startA: 3, endA: 141, startB: 4, endB: 146, alignedA, alignedB, markup };
}

describe("EMBOSS alignment text", () => {
  const result = resultFromWater();

  it("reads the fixture", () => {
    expect(result.alignedA).toHaveLength(145);
    expect(result.alignedB).toHaveLength(145);
    expect(result.markup).toHaveLength(145);
  });

  it("prints the blocks of 50 exactly as water does", () => {
    const blocks = alignmentBlocks(result, "HBA_HUMAN", "HBB_HUMAN");
    expect(blocks).toHaveLength(3);
    expect(blocks.flat()).toEqual(blockLines);
  });

  it("prints the summary lines exactly as water does", () => {
    for (const line of embossSummaryLines(result)) expect(lines).toContain(line);
  });

  it("summarises for the page", () => {
    expect(Object.fromEntries(alignmentSummary(result))).toEqual({
      Length: "145",
      Identity: "63/145 (43.4%)",
      Similarity: "88/145 (60.7%)",
      Gaps: "8/145 (5.5%)",
      Score: "293.5",
    });
    expect(alignmentSummary({ ...result, matrix: "EBLOSUM62" })[0]).toEqual(["Matrix", "EBLOSUM62"]);
  });

  it("numbers a block of gaps only with the previous position", () => {
    const gapped: AlignResult = { score: 1, length: 3, identity: 0, similarity: 0, gaps: 3, startA: 5, endA: 4, startB: 1, endB: 3, alignedA: "---", alignedB: "ACG", markup: "   " };
    const [block] = alignmentBlocks(gapped, "a", "b");
    expect(block?.[0]).toMatch(/^a\s+5 --- +4$/);
    expect(block?.[2]).toMatch(/^b\s+1 ACG +3$/);
    expect(alignmentText(gapped, "a", "b")).toContain("# Gaps:           3/3 (100.0%)");
  });
});

describe("wrapSequence", () => {
  it("wraps at 60 by default", () => {
    expect(wrapSequence("A".repeat(125)).map((l) => l.length)).toEqual([60, 60, 5]);
    expect(wrapSequence("")).toEqual([]);
  });
});
