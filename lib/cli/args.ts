import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A token that is a negative number (`-1`, `-0.5`, `-.5`, `-1e3`), not an option. */
const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * Joins a string option and a negative-number value into `--name=value`: parseArgs would call
 * `-k -1` ambiguous, and the command's own range check gives the clearer message.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    let name: string | undefined;
    if (/^--[^=]+$/.test(a)) name = a.slice(2);
    else if (/^-[^-]$/.test(a)) name = Object.keys(options).find((k) => options[k]!.short === a.slice(1));
    if (name !== undefined && options[name]?.type === "string" && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** node:util parseArgs with strict checking; unknown or malformed options become a UsageError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
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
