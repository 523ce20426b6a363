import type { DigestResult } from "@/lib/analysis/contract";
import { RESTRICTION_ENZYMES } from "@/lib/bio/restriction-enzymes";
import { runDigest } from "@/lib/kernels/digest";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { parseCommandArgs, requireFiles } from "../args";
import { UsageError } from "../errors";
import type { CliCommand } from "../main";
import { analyseInput, readSequences } from "../sequence-input";

const USAGE = "cyanea digest FILE… --enzymes EcoRI,BamHI [--circular] [--json]   |   cyanea digest --list [--json]";

function listEnzymes(json: boolean): string {
  if (json) return `${JSON.stringify({ enzymes: RESTRICTION_ENZYMES })}\n`;
  const lines = ["# cut offsets count from the first base of the site on the top strand", "enzyme\tsite\tcut_top\tcut_bottom\tnote"];
  for (const z of RESTRICTION_ENZYMES) lines.push(`${z.name}\t${z.site}\t${z.cutTop}\t${z.cutBottom}\t${z.note ?? ""}`);
  return `${lines.join("\n")}\n`;
}

export const command: CliCommand = {
  summary: "Restriction digest: recognition sites on both strands, cut positions and fragments (GenBank circular records wrap).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      enzymes: { type: "string", short: "e" },
      circular: { type: "boolean" },
      list: { type: "boolean" },
      json: { type: "boolean" },
    });
    if (values.list) {
      io.stdout(listEnzymes(Boolean(values.json)));
      return 0;
    }
    const files = requireFiles(positionals, USAGE);
    const enzymes = (values.enzymes ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (enzymes.length === 0) throw new UsageError(`missing --enzymes NAME[,NAME…] (see cyanea digest --list)\nusage: ${USAGE}`);
    const kernels = nodeKernelProvider();
    const results: (DigestResult & { file: string })[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      const digests = await analyseInput(input.name, () => runDigest(kernels, input.records, { enzymes, circular: Boolean(values.circular) }));
      for (const d of digests) results.push({ file: input.name, ...d });
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ enzymes, coordinates: "0-based; cuts are between bases; fragments half-open on the forward strand", records: results })}\n`);
      return 0;
    }
    const lines = ["# positions are 0-based; cuts lie between bases (0…length); fragments are half-open [start, end) and wrap the origin on circular records", "record\tenzyme\tsite\tposition\tstrand\tcut_top\tcut_bottom"];
    for (const d of results) for (const s of d.sites) lines.push(`${d.recordId}\t${s.enzyme}\t${s.site}\t${s.position}\t${s.strand}\t${s.cutTop}\t${s.cutBottom}`);
    lines.push("", "record\ttopology\tstart\tend\tlength\tleft_enzyme\tright_enzyme");
    for (const d of results) for (const f of d.fragments) lines.push(`${d.recordId}\t${d.circular ? "circular" : "linear"}\t${f.start}\t${f.end}\t${f.length}\t${f.leftEnzyme ?? "-"}\t${f.rightEnzyme ?? "-"}`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
