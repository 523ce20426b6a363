/**
 * `npx cyanea <command> [options] FILE…` — the analysis kernels (WASM, the same modules the
 * browser workers run) and the snapshot exporter, for scripts. Every command prints a one-line
 * error and exits non-zero on bad input (1) or wrong usage (2); `--json` prints JSON.
 */
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from "./errors";
import { processIO, type CliIO } from "./io";

/** A subcommand: parses its own arguments, writes to `io`, returns the exit code. */
export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

type Loader = () => Promise<{ command: CliCommand }>;

/** Every command, in the order `--help` lists them, with a one-line description (modules load on use). */
const COMMANDS: Record<string, { loader: Loader; brief: string }> = {
  stats: { loader: () => import("./commands/stats"), brief: "length, GC %, N count, composition, N50/L50, FASTQ qualities" },
  revcomp: { loader: () => import("./commands/revcomp"), brief: "reverse complement (IUPAC, case kept)" },
  translate: { loader: () => import("./commands/translate"), brief: "translate with any NCBI genetic code, one frame or all six" },
  orfs: { loader: () => import("./commands/orfs"), brief: "open reading frames on both strands" },
  kmers: { loader: () => import("./commands/kmers"), brief: "k-mer counts (k = 1…31), top N or full spectrum" },
  align: { loader: () => import("./commands/align"), brief: "pairwise alignment as EMBOSS water (local) or needle (global)" },
  digest: { loader: () => import("./commands/digest"), brief: "restriction sites, cuts and fragments (linear or circular)" },
  motif: { loader: () => import("./commands/motif"), brief: "IUPAC motif search on both strands" },
  export: { loader: () => import("./commands/export"), brief: "export the public snapshot (and the static site with --site)" },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    "usage: cyanea <command> [options] FILE…   (FILE may be - for standard input)",
    "",
    "commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.brief}`),
    "",
    "Run `cyanea <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${help()}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]?.loader : undefined;
  if (!load) {
    io.stderr(`cyanea: unknown command "${name}"\n${help()}\n`);
    return EXIT_USAGE;
  }
  const { command } = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.summary}\nusage: ${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`cyanea ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`cyanea ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_INPUT;
  }
}
