import type { Frame, TranslateParams } from "@/lib/analysis/contract";
import { assertGeneticCode } from "@/lib/kernels/codon-tables";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { runTranslate } from "@/lib/kernels/translate";
import { intOption, parseCommandArgs, requireFiles } from "../args";
import { UsageError } from "../errors";
import type { CliCommand } from "../main";
import { analyseInput, formatFasta, readSequences } from "../sequence-input";

const USAGE = "cyanea translate FILE… --table N [--frame 1|2|3|-1|-2|-3|all] [--cds] [--to-stop] [--json]";

const FRAMES: Record<string, Frame | "all"> = { "1": 1, "2": 2, "3": 3, "-1": -1, "-2": -2, "-3": -3, all: "all" };

/** `--frame -1` → `--frame=-1`, so a negative frame is not taken for an option. */
export function joinNegativeValues(args: string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (names.includes(a) && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** The `--table` option: an NCBI genetic code id; required unless a fallback is given. */
export function tableOption(raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback === undefined) throw new UsageError(`missing --table N (NCBI genetic code, e.g. 1 standard, 11 bacterial; usage: ${USAGE})`);
  const id = intOption("table", raw, fallback ?? 1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  try {
    assertGeneticCode(id);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return id;
}

export const command: CliCommand = {
  summary:
    "Translate nucleotide records with an NCBI genetic code (1–6, 9–16, 21–33) in one frame or all six (negative frames read the reverse complement; -1 starts at the last base). IUPAC codes resolve to the amino acid all expansions share, else X; a trailing partial codon is dropped. FASTA out (ids get ` frame=N` for several frames) or JSON.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(joinNegativeValues(args, ["--frame"]), {
      table: { type: "string" },
      frame: { type: "string" },
      cds: { type: "boolean" },
      "to-stop": { type: "boolean" },
      json: { type: "boolean" },
    });
    const table = tableOption(values.table);
    const frame = FRAMES[values.frame ?? "1"];
    if (frame === undefined) throw new UsageError(`--frame must be 1, 2, 3, -1, -2, -3 or all, got "${values.frame}"`);
    const files = requireFiles(positionals, USAGE);
    const params: TranslateParams = { table, frame, cds: values.cds === true, toStop: values["to-stop"] === true };
    const kernels = nodeKernelProvider();
    const rows: { file: string; recordId: string; frame: Frame; protein: string; trailingBases: number }[] = [];
    const fasta: { id: string; description: string; sequence: string }[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      const translations = await analyseInput(input.name, () => runTranslate(kernels, input.records, params));
      translations.forEach((t, i) => {
        rows.push({ file: input.name, ...t });
        // One translation per record for a single frame, so index i is record i.
        const description = frame === "all" ? `frame=${t.frame}` : (input.records[i]?.description ?? "");
        fasta.push({ id: t.recordId, description, sequence: t.protein });
      });
    }
    if (values.json) io.stdout(`${JSON.stringify({ table, translations: rows })}\n`);
    else io.stdout(formatFasta(fasta));
    return 0;
  },
};
