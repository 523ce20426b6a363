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

const COMMANDS: Record<string, Loader> = {
  revcomp: () => import("./commands/revcomp"),
  kmers: () => import("./commands/kmers"),
  digest: () => import("./commands/digest"),
  motif: () => import("./commands/motif"),
  align: () => import("./commands/align"),
  stats: () => import("./commands/stats"),
  translate: () => import("./commands/translate"),
  orfs: () => import("./commands/orfs"),
  export: () => import("./commands/export"),
};

function help(): string {
  return [
    "usage: cyanea <command> [options] FILE…   (FILE may be - for standard input)",
    "",
    "commands:",
    ...Object.keys(COMMANDS).map((name) => `  ${name}`),
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
  const load = COMMANDS[name];
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
