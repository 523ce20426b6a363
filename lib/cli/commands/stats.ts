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
import { inputName } from "../sequence-input";

const USAGE = "cyanea stats FILE… [--json] [--phred-offset 33|64] [--max-rows N]";
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

function tsv(file: string, r: StatsResult): string {
  let out = "";
  for (const x of r.records) {
    out += ["record", file, x.id, x.lengthBp, num(x.gcPercent), num(x.gcPercentAll), x.nCount, x.lowercaseCount, num(x.meanQuality)].join("\t") + "\n";
  }
  const t = r.total;
  out += ["total", file, `${t.records} records`, t.lengthBp, num(t.gcPercent), num(t.gcPercentAll), t.nCount, t.lowercaseCount, num(t.meanQuality)].join("\t") + "\n";
  return out;
}

export const command: CliCommand = {
  summary:
    "Per-record and total statistics of FASTA/FASTQ files (length, GC, N, soft-masking, quality, N50), streamed: any file size. " +
    "Text output is TSV (kind, file, id, length_bp, gc_percent, gc_percent_all, n_count, lowercase_count, mean_quality; NA where not defined) with a total row per file; " +
    "--json prints one JSON object per file and line.",
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
    let header = false;
    for (const file of files) {
      const name = inputName(file);
      let result: StatsResult;
      try {
        result = await runStats(kernels, await openInput(file, io), { maxRecordRows, ...(phredOffset ? { phredOffset } : {}) });
      } catch (err) {
        if (err instanceof CliError) throw err;
        if (err instanceof BioParseError || err instanceof Error) throw new CliError(`${name}: ${err.message}`);
        throw err;
      }
      if (values.json) {
        io.stdout(`${JSON.stringify({ file: name, ...result })}\n`);
        continue;
      }
      if (!header) {
        io.stdout(["kind", "file", "id", "length_bp", "gc_percent", "gc_percent_all", "n_count", "lowercase_count", "mean_quality"].join("\t") + "\n");
        header = true;
      }
      io.stdout(tsv(name, result));
      if (result.recordsTruncated) io.stderr(`cyanea stats: ${name}: rows for the first ${maxRecordRows} of ${result.total.records} records (totals cover all; see --max-rows)\n`);
    }
    return 0;
  },
};
