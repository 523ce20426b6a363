import { ANALYSIS_LIMITS, type Orf, type OrfParams, type StartPolicy } from "@/lib/analysis/contract";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { runOrfs } from "@/lib/kernels/orfs";
import { intOption, parseCommandArgs, requireFiles } from "../args";
import { CliError, UsageError } from "../errors";
import type { CliCommand } from "../main";
import { analyseInput, readSequences } from "../sequence-input";
import { tableOption } from "./translate";

const USAGE = "cyanea orfs FILE… --min-aa N [--table N] [--starts atg|alternative|any] [--strand both|forward|reverse] [--nested] [--json]";

const POLICIES: readonly StartPolicy[] = ["atg", "alternative", "any"];
const STRANDS: readonly OrfParams["strands"][] = ["both", "forward", "reverse"];

/** First line of the TSV output: what the coordinates mean. */
export const TSV_COORDINATES_LINE = "# start/end: 0-based half-open on the forward strand, stop codon included; frame ±1..3 on the ORF's strand";
export const TSV_COLUMNS = ["record", "start", "end", "strand", "frame", "length_aa", "has_stop", "protein"];

function choice<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be ${allowed.join(", ")}, got "${raw}"`);
  return raw as T;
}

export const command: CliCommand = {
  summary:
    "Open reading frames of nucleotide records: start codons ATG (default), the table's alternative starts, or any stop-to-stop frame; both strands by default; the longest ORF per stop unless --nested. Proteins are read in CDS mode (start → M). Circular sequences are not wrapped. TSV (coordinates 0-based half-open on the forward strand) or JSON.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      "min-aa": { type: "string" },
      table: { type: "string" },
      starts: { type: "string" },
      strand: { type: "string" },
      nested: { type: "boolean" },
      json: { type: "boolean" },
    });
    if (values["min-aa"] === undefined) throw new UsageError(`missing --min-aa N (minimum protein length, stop excluded; usage: ${USAGE})`);
    const params: OrfParams = {
      minAaLength: intOption("min-aa", values["min-aa"], 0, 0, ANALYSIS_LIMITS.maxSequenceBytes),
      table: tableOption(values.table, 1),
      startPolicy: choice("starts", values.starts, POLICIES, "atg"),
      strands: choice("strand", values.strand, STRANDS, "both"),
      nested: values.nested === true,
    };
    const files = requireFiles(positionals, USAGE);
    const kernels = nodeKernelProvider();
    const found: { file: string; orf: Orf }[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      const orfs: Orf[] = await analyseInput(input.name, () => runOrfs(kernels, input.records, params));
      if (found.length + orfs.length > ANALYSIS_LIMITS.maxOrfs) throw new CliError(`more than ${ANALYSIS_LIMITS.maxOrfs} ORFs in all inputs; raise --min-aa or restrict --strand`);
      for (const orf of orfs) found.push({ file: input.name, orf });
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ params, orfs: found.map(({ file, orf }) => ({ file, ...orf })) })}\n`);
      return 0;
    }
    const lines = [TSV_COORDINATES_LINE, TSV_COLUMNS.join("\t")];
    for (const { orf: o } of found) lines.push([o.recordId, o.start, o.end, o.strand, o.frame, o.lengthAa, o.hasStop, o.protein].join("\t"));
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
