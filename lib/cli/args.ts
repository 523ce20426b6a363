import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with strict checking; unknown or malformed options become a UsageError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? (err.message.split("\n")[0] ?? err.message).replace(/\. To specify a positional.*$/, "") : String(err));
  }
}

/** How an option is written on the command line: `-k` for one letter, `--min-aa` otherwise. */
const flag = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/** An integer option within [min, max]; `fallback` when absent. */
export function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`${flag(name)} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`${flag(name)} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** A finite number option within [min, max]; `fallback` when absent. */
export function numberOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new UsageError(`${flag(name)} must be a number, got "${raw}"`);
  if (n < min || n > max) throw new UsageError(`${flag(name)} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** At least one FILE argument (or `-` for stdin). */
export function requireFiles(positionals: string[], usage: string): string[] {
  if (positionals.length === 0) throw new UsageError(`missing FILE (use - for standard input)\nusage: ${usage}`);
  return positionals;
}
