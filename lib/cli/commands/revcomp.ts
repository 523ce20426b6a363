import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { runRevcomp } from "@/lib/kernels/revcomp";
import { parseCommandArgs, requireFiles } from "../args";
import type { CliCommand } from "../main";
import { analyseInput, formatFasta, readSequences } from "../sequence-input";

const USAGE = "cyanea revcomp FILE… [--json]";

export const command: CliCommand = {
  summary: "Reverse complement of every record (IUPAC codes, case kept; U without T pairs as RNA; gaps and * kept), as FASTA or JSON. A record with any other letter (protein, X) is an error naming it.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    const files = requireFiles(positionals, USAGE);
    const kernels = nodeKernelProvider();
    const out: { file: string; id: string; description: string; sequence: string }[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      const done = await analyseInput(input.name, () => runRevcomp(kernels, input.records));
      for (const r of done) out.push({ file: input.name, id: r.id, description: r.description, sequence: r.sequence });
    }
    if (values.json) io.stdout(`${JSON.stringify({ records: out.map(({ file, id, sequence }) => ({ file, id, sequence })) })}\n`);
    else io.stdout(formatFasta(out));
    return 0;
  },
};
