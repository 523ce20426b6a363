import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const fixture = (p: string) => new URL(`../../kernels/fixtures/align/${p}`, import.meta.url).pathname;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-align-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The two records of the HBA/HBB pair file as separate FASTA files. */
const [hba, hbb] = fs
  .readFileSync(fixture("S-O01-hba_hbb.fasta"), "utf8")
  .split(/(?=^>)/m)
  .map((text, i) => {
    const file = path.join(dir, `${i === 0 ? "hba" : "hbb"}.fasta`);
    fs.writeFileSync(file, text);
    return file;
  }) as [string, string];

/** Header summary lines and alignment blocks of an EMBOSS srspair file (run metadata dropped). */
function srspairBody(text: string): { summary: string[]; blocks: string[] } {
  const lines = text.split("\n");
  const summary = lines.filter((l) => /^# (Length|Identity|Similarity|Gaps|Score):/.test(l));
  const blocks = lines.filter((l) => !l.startsWith("#") && l.trim() !== "");
  return { summary: [...new Set(summary)], blocks };
}

describe("cyanea align", () => {
  it("global HBA/HBB prints EMBOSS needle's srspair summary and blocks", async () => {
    const io = memoryIO();
    expect(await main(["align", hba, hbb, "--mode", "global"], io)).toBe(0);
    const ours = srspairBody(io.out());
    const emboss = srspairBody(fs.readFileSync(fixture("S-O01-hba_hbb.needle"), "utf8"));
    expect(ours).toEqual(emboss);
    expect(io.out()).toContain("# Matrix: EBLOSUM62");
  });

  it("local HBA/HBB prints EMBOSS water's srspair summary and blocks", async () => {
    const io = memoryIO();
    expect(await main(["align", hba, hbb, "--mode", "local", "--matrix", "EBLOSUM62", "--gap-open", "10", "--gap-extend", "0.5"], io)).toBe(0);
    expect(srspairBody(io.out())).toEqual(srspairBody(fs.readFileSync(fixture("S-O01-hba_hbb.water"), "utf8")));
  });

  it("prints the contract's JSON", async () => {
    const io = memoryIO();
    expect(await main(["align", hba, hbb, "--mode", "global", "--json"], io)).toBe(0);
    const r = JSON.parse(io.out()) as Record<string, unknown>;
    expect(r).toMatchObject({ score: 292.5, length: 149, identity: 65, similarity: 90, gaps: 9, startA: 1, endA: 142, startB: 1, endB: 147 });
    expect(String(r.alignedA).replace(/-/g, "")).toHaveLength(142);
  });

  it("penalises end gaps when asked", async () => {
    const io = memoryIO();
    expect(await main(["align", hba, hbb, "--mode", "global", "--end-gap-open", "10", "--end-gap-extend", "0.5", "--json"], io)).toBe(0);
    const r = JSON.parse(io.out()) as { score: number };
    expect(r.score).toBeLessThanOrEqual(292.5);
  });

  it("picks EDNAFULL for DNA and reads standard input for one file", async () => {
    const io = memoryIO(">x\nACGTACGTTTGACCA\n");
    const b = path.join(dir, "dna.fa");
    fs.writeFileSync(b, ">y\nACGTACGATTGACCA\n");
    expect(await main(["align", "-", b, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ score: 66, length: 15, identity: 14 });
  });

  it("fails with one-line errors on bad input and usage", async () => {
    const dna = path.join(dir, "d.fa");
    const prot = path.join(dir, "p.fa");
    fs.writeFileSync(dna, ">d\nACGTACGT\n");
    fs.writeFileSync(prot, ">p\nMKVLWAAL\n");
    let io = memoryIO();
    expect(await main(["align", dna, prot], io)).toBe(1);
    expect(io.err()).toMatch(/record "d" looks like DNA but "p" looks like protein/);
    io = memoryIO();
    expect(await main(["align", dna, prot, "--matrix", "EDNAFULL"], io)).toBe(1);
    expect(io.err()).toMatch(/record "p": letter "L" at position 4 is not a nucleotide code/);
    io = memoryIO();
    expect(await main(["align", dna], io)).toBe(2);
    io = memoryIO();
    expect(await main(["align", dna, dna, "--mode", "semi"], io)).toBe(2);
    io = memoryIO();
    expect(await main(["align", dna, dna, "--matrix", "BLOSUM99"], io)).toBe(2);
    io = memoryIO();
    expect(await main(["align", dna, dna, "--end-gap-open", "5"], io)).toBe(2);
    const empty = path.join(dir, "e.fa");
    fs.writeFileSync(empty, ">e\n\n");
    io = memoryIO();
    expect(await main(["align", empty, dna], io)).toBe(1);
    expect(io.err()).toMatch(/record "e" has an empty sequence/);
  });

  it("aligns DNA with IUPAC ambiguity codes with EDNAFULL by default", async () => {
    const q = path.join(dir, "q.fa");
    const iud2 = path.join(dir, "iud2.fa");
    fs.writeFileSync(q, ">q\nACGTRYACGTACGT");
    fs.writeFileSync(iud2, ">iu2\nACGTACGTACGT");
    let io = memoryIO();
    expect(await main(["align", q, iud2], io)).toBe(0);
    expect(io.out()).toContain("# Matrix: EDNAFULL");
    io = memoryIO();
    expect(await main(["align", q, iud2, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ matrix: "EDNAFULL" });
  });

  it("says on stderr that it aligns the first record of a multi-record file", async () => {
    const multi = path.join(dir, "multi.fa");
    fs.writeFileSync(multi, ">m1\nACGTACGTTT\n>m2\nGGGG\n>m3\nTTTT\n");
    const io = memoryIO();
    expect(await main(["align", multi, multi, "--json"], io)).toBe(0);
    expect(io.err()).toContain(`cyanea align: ${multi} has 3 records; aligning the first ("m1") and ignoring the other 2`);
    expect(JSON.parse(io.out())).toMatchObject({ score: 50, identity: 10 });
  });

  it("formats the DP-cell limit with thousands separators", async () => {
    const big = path.join(dir, "big.fa");
    fs.writeFileSync(big, `>big\n${"ACGT".repeat(10_000)}\n`);
    const io = memoryIO();
    expect(await main(["align", big, big], io)).toBe(1);
    expect(io.err()).toContain('records "big" × "big" need 1,600,000,000 DP cells; alignment accepts at most 400,000,000');
  });
});
