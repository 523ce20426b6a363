import { AUTO_ALIGN_MATRIX, type AlignMode, type AlignParams, type AlignResult, type AnalysisRecord } from "@/lib/analysis/contract";
import { MATRIX_NAMES, getMatrix } from "@/lib/bio/align/matrices";
import { MAX_GAP_EXTEND, MAX_GAP_OPEN } from "@/lib/bio/align/scoring";
import { BLOCK_WIDTH } from "@/lib/bio/align/summary";
import { runAlign } from "@/lib/kernels/align";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { numberOption, parseCommandArgs } from "../args";
import { CliError, UsageError } from "../errors";
import type { CliCommand } from "../main";
import { readSequences } from "../sequence-input";

const USAGE =
  "cyanea align A.fa B.fa [--mode local|global] [--matrix EBLOSUM62|EDNAFULL|…] [--gap-open 10] [--gap-extend 0.5] [--end-gap-open X --end-gap-extend Y] [--json]";

/** The first record of a file; a note on stderr says when later records are left out. */
async function firstRecord(file: string, io: Parameters<CliCommand["run"]>[1]): Promise<AnalysisRecord> {
  const input = await readSequences(file, io);
  const r = input.records[0];
  if (!r) throw new CliError(`${input.name}: no sequence records`);
  const rest = input.records.length - 1;
  if (rest > 0) io.stderr(`cyanea align: ${input.name} has ${input.records.length} records; aligning the first ("${r.id}") and ignoring the other ${rest}\n`);
  return { id: r.id, description: r.description, sequence: r.sequence };
}

const fmt1 = (x: number): string => x.toFixed(1);

function statLine(label: string, count: number, length: number): string {
  const pct = length === 0 ? 0 : (100 * count) / length;
  return `# ${label}:`.padEnd(14) + `${String(count).padStart(5)}/${length} (${pct.toFixed(1).padStart(4)}%)`;
}

/** EMBOSS srspair-style text: header with the summary, then 50-column blocks with coordinates. */
export function formatSrspair(a: AnalysisRecord, b: AnalysisRecord, params: AlignParams, r: AlignResult): string {
  const lines = [
    "#=======================================",
    "#",
    `# Program: cyanea align (${params.mode === "local" ? "local, as EMBOSS water" : "global, as EMBOSS needle"})`,
    "# Aligned_sequences: 2",
    `# 1: ${a.id}`,
    `# 2: ${b.id}`,
    `# Matrix: ${r.matrix ?? params.matrix}`,
    `# Gap_penalty: ${fmt1(params.gapOpen)}`,
    `# Extend_penalty: ${fmt1(params.gapExtend)}`,
  ];
  if (params.mode === "global") {
    lines.push(
      params.endGapOpen === undefined || params.endGapExtend === undefined
        ? "# End_gaps: free"
        : `# End_gaps: penalised, open ${fmt1(params.endGapOpen)} extend ${fmt1(params.endGapExtend)}`,
    );
  }
  lines.push("#", `# Length: ${r.length}`, statLine("Identity", r.identity, r.length), statLine("Similarity", r.similarity, r.length), statLine("Gaps", r.gaps, r.length));
  lines.push(`# Score: ${fmt1(r.score)}`, "#", "#=======================================", "");
  // Residues consumed before the alignment: srspair's running coordinates start there.
  let posA = r.startA === 0 ? 0 : r.startA - 1;
  let posB = r.startB === 0 ? 0 : r.startB - 1;
  const nameA = a.id.slice(0, 13).padEnd(13);
  const nameB = b.id.slice(0, 13).padEnd(13);
  const row = (name: string, chunk: string, pos: number): [string, number] => {
    const residues = chunk.replace(/-/g, "").length;
    const start = residues > 0 ? pos + 1 : pos;
    const end = pos + residues;
    return [`${name} ${String(start).padStart(6)} ${chunk} ${String(end).padStart(6)}`, end];
  };
  for (let k = 0; k < r.length; k += BLOCK_WIDTH) {
    const [la, endA] = row(nameA, r.alignedA.slice(k, k + BLOCK_WIDTH), posA);
    const [lb, endB] = row(nameB, r.alignedB.slice(k, k + BLOCK_WIDTH), posB);
    lines.push(la, `${" ".repeat(21)}${r.markup.slice(k, k + BLOCK_WIDTH)}`, lb, "");
    posA = endA;
    posB = endB;
  }
  return `${lines.join("\n")}\n`;
}

export const command: CliCommand = {
  summary:
    "Pairwise alignment of the first record of A and of B (later records are ignored, with a note on stderr) with EMBOSS water (--mode local, default) / needle (--mode global) semantics: a gap of length L costs open + (L−1)·extend; global end gaps are free unless --end-gap-open/--end-gap-extend are given. Matrix defaults by molecule type (protein when at least 5% of the letters are no nucleotide code): EDNAFULL for DNA/RNA, EBLOSUM62 for protein; a DNA/protein pair needs --matrix. srspair-style text or JSON.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      mode: { type: "string" },
      matrix: { type: "string" },
      "gap-open": { type: "string" },
      "gap-extend": { type: "string" },
      "end-gap-open": { type: "string" },
      "end-gap-extend": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 2) throw new UsageError(`expected two files A and B (use - for standard input)\nusage: ${USAGE}`);
    const mode = (values.mode ?? "local") as AlignMode;
    if (mode !== "local" && mode !== "global") throw new UsageError(`--mode must be local or global, got "${values.mode}"`);
    if (values.matrix !== undefined && !MATRIX_NAMES.includes(values.matrix.toUpperCase())) {
      throw new UsageError(`--matrix must be one of ${MATRIX_NAMES.join(", ")}, got "${values.matrix}"`);
    }
    const hasEndOpen = values["end-gap-open"] !== undefined;
    if (hasEndOpen !== (values["end-gap-extend"] !== undefined)) throw new UsageError("--end-gap-open and --end-gap-extend must be given together");
    if (hasEndOpen && mode !== "global") throw new UsageError("--end-gap-open/--end-gap-extend apply to --mode global only");
    const gapOpen = numberOption("gap-open", values["gap-open"], 10, 0, MAX_GAP_OPEN);
    const gapExtend = numberOption("gap-extend", values["gap-extend"], 0.5, 0, MAX_GAP_EXTEND);
    const [fileA, fileB] = positionals as [string, string];
    if (fileA === "-" && fileB === "-") throw new UsageError("only one of A and B can be standard input");
    const a = await firstRecord(fileA, io);
    const b = await firstRecord(fileB, io);
    const matrix = values.matrix !== undefined ? getMatrix(values.matrix).name : AUTO_ALIGN_MATRIX;
    const params: AlignParams = {
      mode,
      matrix,
      gapOpen,
      gapExtend,
      ...(hasEndOpen
        ? {
            endGapOpen: numberOption("end-gap-open", values["end-gap-open"], 10, 0, MAX_GAP_OPEN),
            endGapExtend: numberOption("end-gap-extend", values["end-gap-extend"], 0.5, 0, MAX_GAP_EXTEND),
          }
        : {}),
    };
    let result: AlignResult;
    try {
      result = await runAlign(nodeKernelProvider(), a, b, params);
    } catch (err) {
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
    if (values.json) io.stdout(`${JSON.stringify(result)}\n`);
    else io.stdout(formatSrspair(a, b, params, result));
    return 0;
  },
};
