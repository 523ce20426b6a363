import type { AlignResult } from "@/lib/analysis/contract";

/**
 * The EMBOSS water/needle text form of an alignment: the summary lines and aligned blocks of 50
 * columns with 1-based residue numbers either side and the markup line between. Pure.
 */

const BLOCK = 50;
const NAME_WIDTH = 13;
const NUMBER_WIDTH = 6;

function percent(part: number, whole: number): string {
  return whole === 0 ? "0.0" : ((100 * part) / whole).toFixed(1);
}

/** The summary as EMBOSS prints it, one `Label: value` line each. */
export function alignmentSummary(result: AlignResult): Array<[label: string, value: string]> {
  return [
    ...(result.matrix ? [["Matrix", result.matrix] as [string, string]] : []),
    ["Length", String(result.length)],
    ["Identity", `${result.identity}/${result.length} (${percent(result.identity, result.length)}%)`],
    ["Similarity", `${result.similarity}/${result.length} (${percent(result.similarity, result.length)}%)`],
    ["Gaps", `${result.gaps}/${result.length} (${percent(result.gaps, result.length)}%)`],
    ["Score", result.score.toFixed(1)],
  ];
}

function label(name: string): string {
  return name.slice(0, NAME_WIDTH).padEnd(NAME_WIDTH);
}

function residues(segment: string): number {
  let n = 0;
  for (const ch of segment) if (ch !== "-" && ch !== ".") n += 1;
  return n;
}

/** Three-line blocks (A, markup, B) of 50 columns with EMBOSS's numbering. */
export function alignmentBlocks(result: AlignResult, nameA: string, nameB: string): string[][] {
  const blocks: string[][] = [];
  let nextA = result.startA;
  let nextB = result.startB;
  const indent = " ".repeat(NAME_WIDTH + NUMBER_WIDTH + 2);
  for (let i = 0; i < result.alignedA.length; i += BLOCK) {
    const segA = result.alignedA.slice(i, i + BLOCK);
    const segB = result.alignedB.slice(i, i + BLOCK);
    const mark = result.markup.slice(i, i + BLOCK);
    const countA = residues(segA);
    const countB = residues(segB);
    const endA = countA > 0 ? nextA + countA - 1 : nextA - 1;
    const endB = countB > 0 ? nextB + countB - 1 : nextB - 1;
    blocks.push([
      `${label(nameA)} ${String(nextA).padStart(NUMBER_WIDTH)} ${segA} ${String(endA).padStart(NUMBER_WIDTH)}`,
      `${indent}${mark}`,
      `${label(nameB)} ${String(nextB).padStart(NUMBER_WIDTH)} ${segB} ${String(endB).padStart(NUMBER_WIDTH)}`,
    ]);
    nextA += countA;
    nextB += countB;
  }
  return blocks;
}

/** The summary lines exactly as EMBOSS writes them (`# Identity:      63/145 (43.4%)`). */
export function embossSummaryLines(result: AlignResult): string[] {
  const ratio = (label: string, n: number) => `# ${label.padEnd(12)}${String(n).padStart(5)}/${result.length} (${percent(n, result.length).padStart(4)}%)`;
  return [`# Length: ${result.length}`, ratio("Identity:", result.identity), ratio("Similarity:", result.similarity), ratio("Gaps:", result.gaps), `# Score: ${result.score.toFixed(1)}`];
}

/** The whole text (summary + blocks), for download. */
export function alignmentText(result: AlignResult, nameA: string, nameB: string): string {
  const summary = embossSummaryLines(result);
  const blocks = alignmentBlocks(result, nameA, nameB).map((lines) => lines.join("\n"));
  return `${summary.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}

/** Splits a sequence into lines of `width` characters (60 for proteins, as FASTA tools do). */
export function wrapSequence(sequence: string, width = 60): string[] {
  const lines: string[] = [];
  for (let i = 0; i < sequence.length; i += width) lines.push(sequence.slice(i, i + width));
  return lines;
}
