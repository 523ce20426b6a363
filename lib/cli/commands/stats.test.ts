import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const seed = (p: string) => new URL(`../../../db/seed/data/${p}`, import.meta.url).pathname;
const fixture = (p: string) => new URL(`../../kernels/fixtures/stats/${p}`, import.meta.url).pathname;

describe("cyanea stats", () => {
  it("prints one TSV row per record and a total row", async () => {
    const io = memoryIO(">a x\nACGTNn\n>b\nGGcc\n");
    expect(await main(["stats", "-"], io)).toBe(0);
    expect(io.out().split("\n")).toEqual([
      "kind\tfile\tid\tlength_bp\tgc_percent\tgc_percent_all\tn_count\tlowercase_count\tmean_quality\tmolecule",
      "record\t<stdin>\ta\t6\t50\t33.3333\t2\t1\tNA\tdna",
      "record\t<stdin>\tb\t4\t100\t100\t0\t2\tNA\tdna",
      "total\t<stdin>\t2 records\t10\t75\t60\t2\t3\tNA\tdna",
      "",
    ]);
  });

  it("prints JSON with records, total, format and histogram", async () => {
    const io = memoryIO();
    expect(await main(["stats", seed("f002_human_sts.fasta"), "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { format: string; records: { id: string; lengthBp: number; nCount: number }[]; total: { lengthBp: number; nCount: number }; lengthHistogram: unknown[] };
    expect(out.format).toBe("fasta");
    expect(out.records.map((r) => r.lengthBp)).toEqual([633, 413, 471]);
    expect(out.total).toMatchObject({ lengthBp: 1517, nCount: 89 });
    expect(out.lengthHistogram.length).toBeGreaterThan(0);
  });

  it("streams gzip FASTQ and reports quality", async () => {
    const io = memoryIO();
    expect(await main(["stats", fixture("seqkit_reads_1.fq.gz"), "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { format: string; total: { records: number; meanQuality: number; minQuality: number; maxQuality: number } };
    expect(out.format).toBe("fastq");
    expect(out.total.records).toBe(2500);
    expect(out.total.meanQuality).toBeCloseTo(34.9685, 4);
    expect([out.total.minQuality, out.total.maxQuality]).toEqual([2, 40]);
  });

  it("reads gzip from standard input too", async () => {
    const gz = gzipSync(fs.readFileSync(seed("example.fastq")));
    const io = memoryIO();
    io.stdin = async function* () {
      yield new Uint8Array(gz.subarray(0, 1));
      yield new Uint8Array(gz.subarray(1));
    };
    expect(await main(["stats", "-"], io)).toBe(0);
    expect(io.out()).toContain("total\t<stdin>\t3 records\t75\t");
  });

  it("rejects Phred+64 by default and accepts it with --phred-offset 64", async () => {
    const file = fixture("illumina_full_range_original_illumina.fastq");
    const io = memoryIO();
    expect(await main(["stats", file], io)).toBe(1);
    expect(io.err()).toMatch(/^cyanea stats: .*illumina_full_range_original_illumina\.fastq: FASTQ line 4: quality characters look like Phred\+64/);
    expect(io.err()).toContain("declare the Phred+64 encoding if that is what the file uses (CLI: --phred-offset 64)");
    const ok = memoryIO();
    expect(await main(["stats", file, "--phred-offset", "64", "--json"], ok)).toBe(0);
    expect((JSON.parse(ok.out()) as { total: { meanQuality: number } }).total.meanQuality).toBe(31);
    expect(await main(["stats", file, "--phred-offset", "65"], memoryIO())).toBe(2);
  });

  it("one-line errors for bad input, missing files and corrupt gzip", async () => {
    const io = memoryIO("@r\nACGT\n+\nII\n");
    expect(await main(["stats", "-"], io)).toBe(1);
    expect(io.err()).toBe("cyanea stats: <stdin>: FASTQ line 4: quality length 2 does not match sequence length 4 (record 'r', line 1)\n");
    const missing = memoryIO();
    expect(await main(["stats", "/nonexistent/x.fa"], missing)).toBe(1);
    expect(missing.err()).toContain("no such file");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-stats-"));
    const bad = path.join(dir, "bad.fa.gz");
    fs.writeFileSync(bad, Buffer.concat([gzipSync(Buffer.from(">a\nACGT\n")).subarray(0, 12), Buffer.from("garbage")]));
    const gz = memoryIO();
    expect(await main(["stats", bad], gz)).toBe(1);
    expect(gz.err()).toMatch(/bad\.fa\.gz: /);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("caps rows with --max-rows and says so", async () => {
    const io = memoryIO(">a\nA\n>b\nC\n>c\nG\n");
    expect(await main(["stats", "-", "--max-rows", "1"], io)).toBe(0);
    expect(io.out().split("\n").filter((l) => l.startsWith("record"))).toHaveLength(1);
    expect(io.out()).toContain("total\t<stdin>\t3 records\t3\t");
    expect(io.err()).toContain("first 1 of 3 records");
  });

  it("takes several files: rows for each, one JSON line per file", async () => {
    const io = memoryIO();
    expect(await main(["stats", seed("NC_005816.fna"), seed("example.fastq")], io)).toBe(0);
    const totals = io.out().split("\n").filter((l) => l.startsWith("total"));
    expect(totals).toHaveLength(2);
    expect(totals[0]).toMatch(/NC_005816\.fna\t1 records\t9609\t45\.2597\t45\.2597\t0\t0\tNA\tdna$/);
    expect(totals[1]).toMatch(/example\.fastq\t3 records\t75\t61\.3333\t61\.3333\t0\t0\t24\.4\tdna$/);
    const json = memoryIO();
    expect(await main(["stats", "--json", seed("NC_005816.fna"), seed("example.fastq")], json)).toBe(0);
    expect(json.out().trim().split("\n").map((l) => (JSON.parse(l) as { format: string }).format)).toEqual(["fasta", "fastq"]);
  });

  it("keeps a genome with a stray letter nucleotide (GenBank reported as GenBank)", async () => {
    const gb = fs.readFileSync(seed("NC_005816.gb"), "utf8").replace("tgtaacgaac", "tgtaacgjac");
    const io = memoryIO(gb);
    expect(await main(["stats", "-", "--json"], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({ format: "genbank", total: { records: 1, lengthBp: 9609, molecule: "dna" } });
    expect(out.records[0]).toMatchObject({ id: "NC_005816.1", molecule: "dna" });
    expect(out.records[0].gcPercent).toBeCloseTo(45.2644, 3);
  });

  it("labels protein lengths as residues, with no GC or N (asparagine) counts", async () => {
    const io = memoryIO();
    expect(await main(["stats", seed("NC_005816.faa")], io)).toBe(0);
    const lines = io.out().trim().split("\n");
    expect(lines[0]).toBe("kind\tfile\tid\tlength_aa\tgc_percent\tgc_percent_all\tn_count\tlowercase_count\tmean_quality\tmolecule");
    const total = lines.at(-1)!.split("\t");
    expect(total.slice(4)).toEqual(["NA", "NA", "NA", "0", "NA", "protein"]);
    for (const l of lines.slice(1)) expect(l).toMatch(/\tNA\tNA\tNA\t\d+\tNA\tprotein$/);

    const json = memoryIO();
    expect(await main(["stats", seed("NC_005816.faa"), "--json"], json)).toBe(0);
    const out = JSON.parse(json.out()) as { records: Record<string, unknown>[]; total: Record<string, unknown> };
    expect(out.records[0]).toMatchObject({ gcPercent: null, gcPercentAll: null, nCount: null, molecule: "protein" });
    expect(out.records[0]).toHaveProperty("lengthAa");
    expect(out.records[0]).not.toHaveProperty("lengthBp");
    expect(out.total).toMatchObject({ nCount: null, gcPercent: null, molecule: "protein" });
    expect(out.total).toHaveProperty("lengthAa");

    // nucleotide JSON keeps DESIGN's keys
    const dna = memoryIO();
    expect(await main(["stats", seed("NC_005816.fna"), "--json"], dna)).toBe(0);
    expect((JSON.parse(dna.out()) as { records: Record<string, unknown>[] }).records[0]).toMatchObject({ lengthBp: 9609, nCount: 0, molecule: "dna" });
  });

  it("names the length column plainly when protein and DNA files meet", async () => {
    const io = memoryIO();
    expect(await main(["stats", seed("NC_005816.fna"), seed("NC_005816.faa")], io)).toBe(0);
    expect(io.out().split("\n")[0]!.split("\t")[3]).toBe("length");
  });

  it("reads GenBank: the numbers of the FASTA, ids ACCESSION.VERSION", async () => {
    const gb = memoryIO();
    expect(await main(["stats", seed("NC_005816.gb")], gb)).toBe(0);
    const fna = memoryIO();
    expect(await main(["stats", seed("NC_005816.fna")], fna)).toBe(0);
    const numbers = (out: string) => out.trim().split("\n").slice(1).map((l) => l.split("\t").slice(3));
    expect(numbers(gb.out())).toEqual(numbers(fna.out()));
    expect(gb.out().split("\n")[1]).toMatch(/^record\t.*NC_005816\.gb\tNC_005816\.1\t9609\t45\.2597\t/);
  });
});
