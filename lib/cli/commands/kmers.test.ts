import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-kmers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe("cyanea kmers", () => {
  it("prints the most frequent k-mers as TSV", async () => {
    const file = write("a.fa", ">a\nACGTACGT\n>b\nacgNacg\n");
    const io = memoryIO();
    expect(await main(["kmers", file, "-k", "3", "--top", "3"], io)).toBe(0);
    expect(io.out()).toBe("# k=3 canonical=false records=2 total_kmers=8 distinct_kmers=4\nkmer\tcount\nACG\t4\nCGT\t2\nGTA\t1\n");
  });

  it("counts a file of 200,000 reads (no stack limit on the number of records)", async () => {
    const file = write("many.fq", "@r\nACGTACGTAC\n+\nIIIIIIIIII\n".repeat(200_000));
    const io = memoryIO();
    expect(await main(["kmers", file, "-k", "5", "--top", "1", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ records: 200_000, totalKmers: 1_200_000 });
  });

  it("prints JSON with canonical counts and the spectrum", async () => {
    const io = memoryIO(">s\nAAAATTTT\n");
    expect(await main(["kmers", "-", "-k", "2", "--canonical", "--spectrum", "--json"], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({ files: ["<stdin>"], records: 1, k: 2, canonical: true, totalKmers: 7, distinctKmers: 2 });
    expect(out.top).toEqual([
      { kmer: "AA", count: 6 },
      { kmer: "AT", count: 1 },
    ]);
    expect(out.spectrum).toEqual([
      { multiplicity: 1, distinct: 1 },
      { multiplicity: 6, distinct: 1 },
    ]);
  });

  it("exits 2 on a missing or bad -k and 1 on protein input", async () => {
    const file = write("b.fa", ">b\nACGT\n");
    let io = memoryIO();
    expect(await main(["kmers", file], io)).toBe(2);
    expect(io.err()).toMatch(/missing -k N/);
    io = memoryIO();
    expect(await main(["kmers", file, "-k", "40"], io)).toBe(2);
    expect(io.err()).toMatch(/ -k must be between 1 and 31/);
    io = memoryIO();
    const prot = write("p.fa", ">prot\nMKLVFEEQWRPLIHSTF\n");
    expect(await main(["kmers", file, prot, "-k", "3"], io)).toBe(1);
    expect(io.err()).toBe(`cyanea kmers: ${prot}: record "prot" looks like a protein sequence ('L' at position 3); k-mer counting needs DNA or RNA\n`);
  });

  it("takes -k -1 as a value and reports it with the range check", async () => {
    const io = memoryIO();
    expect(await main(["kmers", write("c.fa", ">c\nACGT\n"), "-k", "-1"], io)).toBe(2);
    expect(io.err()).toBe("cyanea kmers: -k must be between 1 and 31, got -1\n");
  });
});
