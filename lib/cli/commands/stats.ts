import fs from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { StatsResult } from "@/lib/analysis/contract";
import { BioParseError } from "@/lib/bio/parse-error";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { runStats } from "@/lib/kernels/seqstats";
import { intOption, parseCommandArgs, requireFiles } from "../args";
import { CliError, UsageError } from "../errors";
import type { CliIO } from "../io";
import type { CliCommand } from "../main";
import { MAX_INPUT_BYTES, inputName } from "../sequence-input";

const USAGE = "cyanea stats FILE… [--json] [--phred-offset 33|64] [--max-rows N]   (FASTA, FASTQ or GenBank, gzip or not)";
const READ_BYTES = 1024 * 1024;

/** The first bytes of a stream, then the rest: lets us look for the gzip magic without buffering. */
async function* withHead(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** File or stdin bytes, gunzipped on the fly when they start with the gzip magic; never held whole. */
async function openInput(file: string, io: CliIO): Promise<AsyncIterable<Uint8Array>> {
  const name = inputName(file);
  let source: AsyncIterable<Uint8Array>;
  if (file === "-") source = io.stdin();
  else {
    try {
      if (fs.statSync(file).isDirectory()) throw new CliError(`${name}: is a directory`);
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${name}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
    }
    source = fs.createReadStream(file, { highWaterMark: READ_BYTES });
  }
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let seen = 0;
  while (seen < 2) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value.length;
  }
  const magic = head.flatMap((c) => [...c.subarray(0, 2)]).slice(0, 2);
  const stream = withHead(head, it);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) return stream;
  const gunzip = createGunzip({ chunkSize: READ_BYTES });
  const src = Readable.from(stream);
  src.on("error", (err) => gunzip.destroy(err));
  src.pipe(gunzip);
  return (async function* () {
    try {
      for await (const chunk of gunzip) yield chunk as Uint8Array;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code?.startsWith("Z_")) throw new CliError(`${name}: gzip data could not be decompressed (${(err as Error).message})`);
      throw err;
    } finally {
      src.destroy();
    }
  })();
}

const num = (x: number | null | undefined): string => (x === null || x === undefined ? "NA" : String(Number(x.toFixed(4))));

const count = (x: number | null | undefined): string => (x === null || x === undefined ? "NA" : String(x));

function tsv(file: string, r: StatsResult): string {
  let out = "";
  for (const x of r.records) {
    out += ["record", file, x.id, x.lengthBp, num(x.gcPercent), num(x.gcPercentAll), count(x.nCount), x.lowercaseCount, num(x.meanQuality), x.molecule ?? "NA"].join("\t") + "\n";
  }
  const t = r.total;
  out += ["total", file, `${t.records} records`, t.lengthBp, num(t.gcPercent), num(t.gcPercentAll), count(t.nCount), t.lowercaseCount, num(t.meanQuality), t.molecule ?? "NA"].join("\t") + "\n";
  return out;
}

/** The length column's name: bases, residues, or plain letters when files or records mix both. */
function lengthHeader(results: readonly StatsResult[]): string {
  const kinds = new Set(results.map((r) => (r.total.molecule === "protein" ? "aa" : r.total.molecule === "mixed" ? "mixed" : "bp")));
  if (kinds.size === 1 && kinds.has("bp")) return "length_bp";
  if (kinds.size === 1 && kinds.has("aa")) return "length_aa";
  return "length";
}

/**
 * The JSON of one file: the contract's result, with protein lengths under `lengthAa` (a mixed
 * total under `length`) so no residue count is labelled in base pairs.
 */
function jsonResult(name: string, r: StatsResult): string {
  const unit = (molecule: string | undefined) => (molecule === "protein" ? "lengthAa" : molecule === "mixed" ? "length" : "lengthBp");
  const relabel = <T extends { lengthBp: number; molecule?: string }>(x: T): Record<string, unknown> => {
    const key = unit(x.molecule);
    if (key === "lengthBp") return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k === "lengthBp" ? key : k] = v;
    return out;
  };
  return JSON.stringify({ file: name, ...r, records: r.records.map(relabel), total: relabel(r.total) });
}

export const command: CliCommand = {
  summary:
    "Per-record and total statistics of FASTA/FASTQ/GenBank files (length, GC, N, soft-masking, quality, molecule; N50/L50 and composition in --json); FASTA and FASTQ are streamed (any size), GenBank is read whole (ids ACCESSION.VERSION). " +
    "Text output is TSV (kind, file, id, length_bp, gc_percent, gc_percent_all, n_count, lowercase_count, mean_quality, molecule; NA where not defined) with a total row per file; " +
    "protein records (at least 5% of the letters are no nucleotide code) have no GC or N values, and the length column is length_aa when every file is protein, length when they mix. " +
    "--json prints one JSON object per file and line (protein lengths as lengthAa).",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      "phred-offset": { type: "string" },
      "max-rows": { type: "string" },
    });
    const files = requireFiles(positionals, USAGE);
    const rawOffset = values["phred-offset"];
    if (rawOffset !== undefined && rawOffset !== "33" && rawOffset !== "64") throw new UsageError(`--phred-offset must be 33 or 64, got "${rawOffset}"`);
    const phredOffset = rawOffset === undefined ? undefined : (Number(rawOffset) as 33 | 64);
    const maxRecordRows = intOption("max-rows", values["max-rows"], 10_000, 0, 100_000_000);
    const kernels = nodeKernelProvider();
    // TSV rows wait for every file: the length column's unit depends on all of them (results are
    // bounded by --max-rows). On an error the files read so far are still printed.
    const done: { name: string; result: StatsResult }[] = [];
    const printTsv = (): void => {
      if (values.json || done.length === 0) return;
      io.stdout(["kind", "file", "id", lengthHeader(done.map((d) => d.result)), "gc_percent", "gc_percent_all", "n_count", "lowercase_count", "mean_quality", "molecule"].join("\t") + "\n");
      for (const d of done) io.stdout(tsv(d.name, d.result));
    };
    for (const file of files) {
      const name = inputName(file);
      let result: StatsResult;
      try {
        result = await runStats(kernels, await openInput(file, io), { maxRecordRows, ...(phredOffset ? { phredOffset } : {}) }, { maxGenBankBytes: MAX_INPUT_BYTES });
      } catch (err) {
        printTsv();
        if (err instanceof CliError) throw err;
        if (err instanceof BioParseError || err instanceof Error) throw new CliError(`${name}: ${err.message}`);
        throw err;
      }
      if (values.json) io.stdout(`${jsonResult(name, result)}\n`);
      else done.push({ name, result });
      if (result.recordsTruncated) io.stderr(`cyanea stats: ${name}: rows for the first ${maxRecordRows} of ${result.total.records} records (totals cover all; see --max-rows)\n`);
    }
    printTsv();
    return 0;
  },
};
