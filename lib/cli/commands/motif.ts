import type { MotifHit } from "@/lib/analysis/contract";
import { runMotif } from "@/lib/kernels/motif";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { parseCommandArgs, requireFiles } from "../args";
import { UsageError } from "../errors";
import type { CliCommand } from "../main";
import { analyseInput, readSequences } from "../sequence-input";

const USAGE = "cyanea motif FILE… --pattern IUPAC [--forward-only] [--json]";

export const command: CliCommand = {
  summary: "Find an IUPAC nucleotide pattern on both strands (overlapping hits; palindromic patterns reported once on +).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      pattern: { type: "string", short: "p" },
      "forward-only": { type: "boolean" },
      json: { type: "boolean" },
    });
    const files = requireFiles(positionals, USAGE);
    if (!values.pattern) throw new UsageError(`missing --pattern IUPAC\nusage: ${USAGE}`);
    const kernels = nodeKernelProvider();
    const hits: (MotifHit & { file: string })[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      const found = await analyseInput(input.name, () => runMotif(kernels, input.records, { pattern: values.pattern!, strands: values["forward-only"] ? "forward" : "both" }));
      for (const h of found) hits.push({ file: input.name, ...h });
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ pattern: values.pattern.toUpperCase(), strands: values["forward-only"] ? "forward" : "both", coordinates: "0-based half-open, forward strand", hits })}\n`);
      return 0;
    }
    const lines = [`# pattern=${values.pattern.toUpperCase()} hits=${hits.length}; start/end are 0-based half-open on the forward strand`, "record\tstart\tend\tstrand\tmatched"];
    for (const h of hits) lines.push(`${h.recordId}\t${h.start}\t${h.end}\t${h.strand}\t${h.matched}`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
