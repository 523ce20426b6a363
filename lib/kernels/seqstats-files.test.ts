import fs from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { StatsParams, StatsResult } from "@/lib/analysis/contract";
import { parseFasta } from "@/lib/bio/fasta";
import { parseFastq } from "@/lib/bio/fastq";
import { createFastqScanner } from "@/lib/bio/fastq-scanner";
import { BioParseError } from "@/lib/bio/parse-error";
import { statsFromText } from "@/lib/bio/stats-reference";
import { nodeKernelProvider } from "./node-loader";
import { runStats } from "./seqstats";

const kernels = nodeKernelProvider();
const seed = (name: string) => new URL(`../../db/seed/data/${name}`, import.meta.url).pathname;
const fixture = (name: string) => new URL(`./fixtures/stats/${name}`, import.meta.url).pathname;

interface OracleRecord {
  id: string;
  length: number;
  N?: number;
  lowercase?: number;
  gc_acgt_percent?: number;
  gc_all_percent?: number;
}
interface OracleFile {
  file: string;
  records: number;
  alphabet?: "protein" | "nucleotide";
  per_record?: OracleRecord[];
  total_bases?: number;
  min_length?: number;
  max_length?: number;
  phred_min?: number;
  phred_max?: number;
  mean_phred_over_all_bases?: number;
  gc_acgt_percent_all_reads?: number;
  N_bases?: number;
  first_id?: string;
  last_id?: string;
  length_histogram_top5?: [number, number][];
}
const oracles = JSON.parse(fs.readFileSync(fixture("sequences.json"), "utf8")) as OracleFile[];
const oracle = (file: string) => oracles.find((o) => o.file === file)!;

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < bytes.length; off += size) yield bytes.subarray(off, off + size);
}

const stats = (bytes: Uint8Array, params: StatsParams = {}, size = 4096): Promise<StatsResult> => runStats(kernels, chunks(bytes, size), params);
const text = (s: string, params: StatsParams = {}, size = 7) => stats(new TextEncoder().encode(s), params, size);
const round4 = (x: number | null | undefined) => (x === null || x === undefined ? x : Math.round(x * 1e4) / 1e4);

const FASTA_FILES: [string, string][] = [
  ["sequences/NC_005816.fna", seed("NC_005816.fna")],
  ["sequences/NC_005816.ffn", seed("NC_005816.ffn")],
  ["sequences/sars-cov-2_MN908947.fasta", seed("sars-cov-2_MN908947.fasta")],
  ["sequences/blat_hg38_softmasked.fa", seed("blat_hg38_softmasked.fa")],
  ["sequences/f002_human_sts.fasta", seed("f002_human_sts.fasta")],
  ["sequences/wisteria_matK_crlf.nu", seed("wisteria_matK_crlf.nu")],
];

describe("stats on real FASTA files (oracle values)", () => {
  it.each(FASTA_FILES)("%s", async (name, path) => {
    const o = oracle(name);
    const r = await stats(new Uint8Array(fs.readFileSync(path)), {}, 1000);
    expect(r.format).toBe("fasta");
    expect(r.total.records).toBe(o.records);
    expect(
      r.records.map((x) => ({ id: x.id, length: x.lengthBp, gc: round4(x.gcPercent), gcAll: round4(x.gcPercentAll), n: x.nCount, lower: x.lowercaseCount })),
    ).toEqual(
      o.per_record!.map((x) => ({ id: x.id, length: x.length, gc: x.gc_acgt_percent, gcAll: x.gc_all_percent, n: x.N, lower: x.lowercase })),
    );
  });

  it.each([
    ["sequences/NC_005816.faa", seed("NC_005816.faa")],
    ["sequences/rose_crlf.pro", fixture("rose_crlf.pro")],
  ])("protein %s: lengths and composition, GC null", async (name, path) => {
    const o = oracle(name);
    const r = await stats(new Uint8Array(fs.readFileSync(path)));
    expect(r.records.map((x) => [x.id, x.lengthBp])).toEqual(o.per_record!.map((x) => [x.id, x.length]));
    expect(r.records.every((x) => x.gcPercent === null && x.gcPercentAll === null)).toBe(true);
    expect(r.total.gcPercent).toBeNull();
    expect(Object.values(r.total.composition).reduce((a, b) => a + b, 0)).toBe(r.total.lengthBp);
  });

  it("computes N50/L50 and a histogram of at most 50 bins", async () => {
    const r = await stats(new Uint8Array(fs.readFileSync(seed("NC_005816.ffn"))));
    // lengths sorted: 1074, 1023, 939, 783, … — total 5814, half 2907 → 1074 + 1023 + 939 = 3036
    expect(r.total.n50).toBe(939);
    expect(r.total.l50).toBe(3);
    expect(r.lengthHistogram.length).toBeLessThanOrEqual(50);
    expect(r.lengthHistogram.reduce((a, b) => a + b.count, 0)).toBe(10);
    expect(r.lengthHistogram[0]!.start).toBe(195);
    expect(r.lengthHistogram.at(-1)!.end).toBe(1075);
  });
});

const FASTQ_FILES: [string, () => Uint8Array][] = [
  ["sequences/fastq/example.fastq", () => fs.readFileSync(seed("example.fastq"))],
  ["sequences/fastq/example_dos.fastq", () => fs.readFileSync(fixture("example_dos.fastq"))],
  ["sequences/fastq/tricky.fastq", () => fs.readFileSync(seed("tricky.fastq"))],
  ["sequences/fastq/wrapping_original_sanger.fastq", () => fs.readFileSync(seed("wrapping_original_sanger.fastq"))],
  ["sequences/fastq/sanger_full_range_original_sanger.fastq", () => fs.readFileSync(fixture("sanger_full_range_original_sanger.fastq"))],
  ["sequences/fastq/seqkit_reads_1.fq.gz", () => gunzipSync(fs.readFileSync(fixture("seqkit_reads_1.fq.gz")))],
];

describe("stats on real FASTQ files (oracle values)", () => {
  it.each(FASTQ_FILES)("%s", async (name, read) => {
    const o = oracle(name);
    const bytes = new Uint8Array(read());
    const r = await stats(bytes, {}, 65536);
    expect(r.format).toBe("fastq");
    expect(r.total.records).toBe(o.records);
    expect(r.total.lengthBp).toBe(o.total_bases);
    expect([r.total.minLength, r.total.maxLength]).toEqual([o.min_length, o.max_length]);
    expect([r.total.minQuality, r.total.maxQuality]).toEqual([o.phred_min, o.phred_max]);
    expect(round4(r.total.meanQuality)).toBe(o.mean_phred_over_all_bases);
    expect(round4(r.total.gcPercent)).toBe(o.gc_acgt_percent_all_reads);
    expect(r.total.nCount).toBe(o.N_bases);
    expect(r.records[0]!.id).toBe(o.first_id);
    expect(r.records.at(-1)!.id).toBe(o.last_id);
    // Per-position means weighted by coverage give the overall mean.
    const pp = r.perPositionQuality!;
    expect(pp).toHaveLength(o.max_length!);
    expect(pp[0]!.count).toBe(o.records);
    const weighted = pp.reduce((a, p) => a + p.mean * p.count, 0) / pp.reduce((a, p) => a + p.count, 0);
    expect(weighted).toBeCloseTo(r.total.meanQuality!, 9);
  });

  it("seqkit reads: per-read mean Phred and length histogram match the parsed reads", async () => {
    const bytes = new Uint8Array(gunzipSync(fs.readFileSync(fixture("seqkit_reads_1.fq.gz"))));
    const r = await stats(bytes, {}, 1 << 20);
    const reads = parseFastq(new TextDecoder().decode(bytes));
    expect(r.records).toHaveLength(reads.length);
    reads.forEach((read, i) => {
      expect(r.records[i]!.id).toBe(read.id);
      expect(r.records[i]!.meanQuality).toBeCloseTo(read.quality.reduce((a, b) => a + b, 0) / read.quality.length, 10);
    });
    const o = oracle("sequences/fastq/seqkit_reads_1.fq.gz");
    expect(r.lengthHistogram.map((b) => [b.start, b.count])).toEqual(o.length_histogram_top5!.map(([len, n]) => [len, n]).sort((a, b) => a[0]! - b[0]!));
  });
});

describe("stats on bad input", () => {
  const error = async (s: string, params: StatsParams = {}): Promise<BioParseError> => {
    const err = await text(s, params).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BioParseError);
    return err as BioParseError;
  };

  it("a '>'-only header gives a record with an empty id, as the FASTA parser does", async () => {
    const r = await text(">\nACGT\n>b\n");
    expect(parseFasta(">\nACGT\n>b\n")[0]!.id).toBe("");
    expect(r.records.map((x) => [x.id, x.lengthBp])).toEqual([["", 4], ["b", 0]]);
    expect(r.records[1]!.gcPercent).toBeNull();
  });

  it("empty records count as zero-length records", async () => {
    const r = await text(">a\n>b\n\n>c\nAC\n");
    expect(r.records.map((x) => x.lengthBp)).toEqual([0, 0, 2]);
    expect(r.total.minLength).toBe(0);
  });

  it("names line and column of a non-IUPAC character", async () => {
    const e = await error(">a\nACGT\nAC1T\n");
    expect(e.message).toBe("FASTA line 3, column 3: invalid character '1' in sequence (allowed: IUPAC nucleotide or protein letters, '*', '-', '.')");
  });

  it("FASTQ with mismatched lengths names the record and the line", async () => {
    const e = await error("@r1\nACGT\n+\nIIIII\n");
    expect(e.message).toBe("FASTQ line 4: quality length 5 does not match sequence length 4 (record 'r1', line 1)");
    expect(await error("@r1 x\nACGT\n+\nII\n@r2\nA\n+\nI\n").then((x) => x.message)).toBe(
      "FASTQ line 4: the quality of record 'r1' (line 1), starting on line 4, is shorter than its sequence (2 characters for 4 bases) and ran into line 5, which looks like the next record's title",
    );
  });

  // The '@r2' line fits in r1's quality (4 + 3 ≤ 8) and is read as quality; the overflow comes a line later.
  it("FASTQ whose short quality absorbed the next title names the record's quality, not the line after", async () => {
    const bad = "@r1\nACGTACGT\n+\nIIII\n@r2\nACGT\n+\nIIII\n";
    const want =
      "FASTQ line 4: the quality of record 'r1' (line 1), starting on line 4, is shorter than its sequence (4 characters for 8 bases) and ran into line 5, which looks like the next record's title";
    expect((await error(bad)).message).toBe(want);
    expect(() => statsFromText(bad)).toThrow(want);
    expect(() => parseFastq(bad)).toThrow(want);
    const scanner = createFastqScanner();
    expect(() => {
      scanner.push(new TextEncoder().encode(bad));
      scanner.end();
    }).toThrow(want);
    // ending at the end of the input instead
    expect((await error("@r1\nACGTACGT\n+\nII\n@r2\n")).message).toBe(
      "FASTQ line 4: the quality of record 'r1' (line 1), starting on line 4, is shorter than its sequence (2 characters for 8 bases) and ran into line 5, which looks like the next record's title",
    );
  });

  it("truncated FASTQ is an error", async () => {
    expect((await error("@r1\nACGT\n")).message).toBe("FASTQ line 2: input ends inside record 'r1' (line 1) before its '+' line");
    expect((await error("@r1\nACGT\n+\n")).message).toBe("FASTQ line 3: input ends before the quality of record 'r1' (line 1)");
  });

  it("'@' and '+' are quality characters", async () => {
    const r = await text("@r1\nACGT\n+\n@+@I\n@r2\nA\n+\n@\n");
    expect(r.records.map((x) => x.meanQuality)).toEqual([(31 + 10 + 31 + 40) / 4, 31]);
  });

  it("Phred+64 input is rejected unless offset 64 is given", async () => {
    const bytes = new Uint8Array(fs.readFileSync(fixture("illumina_full_range_original_illumina.fastq")));
    const err = await stats(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BioParseError);
    expect((err as BioParseError).code).toBe("phred64_detected");
    const r = await stats(bytes, { phredOffset: 64 });
    const o = oracle("sequences/fastq/illumina_full_range_original_illumina.fastq");
    expect([r.total.minQuality, r.total.maxQuality, r.total.meanQuality]).toEqual([o.phred_min, o.phred_max, o.mean_phred_over_all_bases]);
    expect(round4(r.total.gcPercent)).toBe(o.gc_acgt_percent_all_reads);
  });

  it("reads GenBank as the equivalent FASTA (ids ACCESSION.VERSION, ORIGIN case is not soft-masking)", async () => {
    const gb = await stats(fs.readFileSync(seed("NC_005816.gb")), {}, 4096);
    const fna = await stats(fs.readFileSync(seed("NC_005816.fna")), {}, 4096);
    expect(gb.records.map((r) => r.id)).toEqual(["NC_005816.1"]);
    expect(gb.format).toBe("genbank");
    expect({ ...gb, format: "fasta", records: gb.records.map((r) => ({ ...r, id: "" })) }).toEqual({ ...fna, records: fna.records.map((r) => ({ ...r, id: "" })) });
    expect(gb).toEqual(statsFromText(fs.readFileSync(seed("NC_005816.gb"), "utf8")));
    const two = await stats(fs.readFileSync(seed("sars-cov-2_MN908947.gb")), {}, 3);
    expect(two.records[0]!.id).toBe("MN908947"); // VERSION without a .N suffix in this file
  });

  it("bounds GenBank input, which it reads whole", async () => {
    const gb = fs.readFileSync(seed("NC_005816.gb"));
    await expect(runStats(kernels, chunks(gb, 1000), {}, { maxGenBankBytes: 5000 })).rejects.toThrow(
      "GenBank input is larger than 5000 bytes, the most stats reads at once (GenBank is parsed whole; FASTA and FASTQ stream at any size)",
    );
    await expect(runStats(kernels, chunks(new TextEncoder().encode(`Lorem ${"x".repeat(9000)}\n`), 1000), {}, { maxGenBankBytes: 5000 })).rejects.toThrow("not FASTA, FASTQ or GenBank: line 1 starts with 'L'");
  });

  it("rejects input that is neither FASTA, FASTQ nor GenBank, and empty input", async () => {
    await expect(text("Lorem\n")).rejects.toThrow("not FASTA, FASTQ or GenBank: line 1 starts with 'L'");
    await expect(text("\n LOCUS       X\n")).rejects.toThrow(/^GenBank line 2: /);
    await expect(text("\n\n  \n")).rejects.toThrow("empty input");
    await expect(text("")).rejects.toThrow("empty input");
  });

  it("gives the same errors as the text parsers on the classic bad inputs", async () => {
    for (const bad of [">a\nAC GT\n>b\nA\u00e9\n", "ACGT\n>a\n", "@r\nAC\n+x\nII\n", "@r\nAC\n@s\n", "@r\nA C\n+\nIII\n", "@r\nAC\n+\nI \n", "x\n@r\n"]) {
      const want = (() => {
        try {
          return statsFromText(bad);
        } catch (e) {
          return (e as Error).message;
        }
      })();
      const got = await text(bad).catch((e: unknown) => (e as Error).message);
      expect(got).toEqual(want);
    }
  });

  it("stops at an aborted signal and reports progress", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const bytes = new TextEncoder().encode(">a\n" + "ACGT\n".repeat(1000));
    const done = runStats(kernels, chunks(bytes, 500), {}, {
      totalBytes: bytes.length,
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        if (seen.length === 3) controller.abort();
      },
    });
    await expect(done).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([500 / bytes.length, 1000 / bytes.length, 1500 / bytes.length]);
    const full: number[] = [];
    await runStats(kernels, chunks(bytes, 2000), {}, { totalBytes: bytes.length, onProgress: (f) => full.push(f) });
    expect(full.at(-1)).toBe(1);
  });

  it("handles headers and ids longer than the kernel's initial buffers", async () => {
    const id = "x".repeat(100_000);
    const fasta = `>${id} ${"d".repeat(5000)}\nACGT\n>b\nA\n`;
    const r = await text(fasta, {}, 4093);
    expect(r.records.map((x) => x.id)).toEqual([id, "b"]);
    const fastq = `@${id}\nAC\n+${id}\nII\n`;
    expect((await text(fastq, {}, 999)).records[0]!.id).toBe(id);
  });

  it("per-position quality stops at the position bound", async () => {
    const len = 100_005;
    const read = `@long\n${"A".repeat(len)}\n+\n${"5".repeat(len - 1)}I\n@short\nA\n+\nI\n`;
    const r = await text(read, {}, 65536);
    expect(r).toEqual(statsFromText(read));
    expect(r.perPositionQuality).toHaveLength(100_000);
    expect(r.perPositionQuality![0]).toEqual({ position: 1, mean: 30, count: 2 });
    expect(r.perPositionQuality!.at(-1)).toEqual({ position: 100_000, mean: 20, count: 1 });
  });
});
