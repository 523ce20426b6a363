import { KMER_DEFAULT_TOP, KMER_MAX_K, KMER_MAX_TOP } from "@/lib/bio/kmers";
import { requireNucleotideRecord } from "@/lib/bio/molecule-type";
import { runKmers } from "@/lib/kernels/kmers";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { intOption, parseCommandArgs, requireFiles } from "../args";
import { UsageError } from "../errors";
import type { CliCommand } from "../main";
import { analyseInput, readSequences, type SequenceRecord } from "../sequence-input";

const USAGE = "cyanea kmers FILE… -k N [--canonical] [--top N] [--spectrum] [--json]";

export const command: CliCommand = {
  summary: "Count k-mers (k = 1…31, A/C/G/T; windows with other letters skipped) over all records: totals, most frequent, spectrum.",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      k: { type: "string", short: "k" },
      canonical: { type: "boolean" },
      top: { type: "string" },
      spectrum: { type: "boolean" },
      json: { type: "boolean" },
    });
    const files = requireFiles(positionals, USAGE);
    if (values.k === undefined) throw new UsageError(`missing -k N\nusage: ${USAGE}`);
    const k = intOption("k", values.k, 0, 1, KMER_MAX_K);
    const top = intOption("top", values.top, KMER_DEFAULT_TOP, 0, KMER_MAX_TOP);
    const records: SequenceRecord[] = [];
    for (const file of files) {
      const input = await readSequences(file, io);
      // The kernel wrapper checks again; checking per file lets the message name the file.
      await analyseInput(input.name, () => {
        for (const r of input.records) requireNucleotideRecord(r, "k-mer counting");
      });
      // One by one: spreading 150k+ records into push() overflows the call stack.
      for (const r of input.records) records.push(r);
    }
    const result = await runKmers(nodeKernelProvider(), records, { k, canonical: Boolean(values.canonical), top, spectrum: Boolean(values.spectrum) });
    if (values.json) {
      io.stdout(`${JSON.stringify({ files: files.map((f) => (f === "-" ? "<stdin>" : f)), records: records.length, ...result })}\n`);
      return 0;
    }
    const lines = [`# k=${k} canonical=${result.canonical} records=${records.length} total_kmers=${result.totalKmers} distinct_kmers=${result.distinctKmers}`, "kmer\tcount"];
    for (const t of result.top) lines.push(`${t.kmer}\t${t.count}`);
    if (result.spectrum) {
      lines.push("", "multiplicity\tdistinct_kmers");
      for (const s of result.spectrum) lines.push(`${s.multiplicity}\t${s.distinct}`);
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
