import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const data = (p: string) => new URL(`../../../db/seed/data/${p}`, import.meta.url).pathname;

describe("cyanea orfs", () => {
  it("prints a TSV with a coordinate note and column header", async () => {
    const io = memoryIO(">x\nCATGAAATAGC\n");
    expect(await main(["orfs", "-", "--min-aa", "1", "--strand", "forward"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^# start\/end: 0-based half-open/);
    expect(lines[1]).toBe("record\tstart\tend\tstrand\tframe\tlength_aa\thas_stop\tprotein");
    expect(lines.slice(2)).toEqual(["x\t1\t10\t+\t2\t2\ttrue\tMK"]);
  });

  it("honours --starts, --table, --nested and prints JSON", async () => {
    const io = memoryIO(">x\nGTGATGAAATAA\n");
    expect(await main(["orfs", "-", "--min-aa", "1", "--table", "11", "--starts", "alternative", "--strand", "forward", "--nested", "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { orfs: { start: number; end: number; protein: string }[] };
    expect(out.orfs.filter((o) => o.end === 12).map((o) => [o.start, o.protein])).toEqual([[0, "MMK"], [3, "MK"]]);
  });

  it("finds the pla CDS of NC_005816 from GenBank input", async () => {
    const io = memoryIO();
    expect(await main(["orfs", data("NC_005816.gb"), "--min-aa", "50", "--table", "11", "--starts", "alternative", "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { orfs: { recordId: string; start: number; end: number; strand: string; hasStop: boolean }[] };
    expect(out.orfs.some((o) => o.recordId === "NC_005816.1" && o.start === 6663 && o.end === 7602 && o.strand === "+" && o.hasStop)).toBe(true);
  });

  it("exits 2 for usage errors and 1 for bad input", async () => {
    const cases: [string[], string, number, string][] = [
      [["orfs", "-"], ">x\nACG\n", 2, "missing --min-aa"],
      [["orfs", "-", "--min-aa", "x"], ">x\nACG\n", 2, "--min-aa must be an integer"],
      [["orfs", "-", "--min-aa", "5", "--starts", "gtg"], ">x\nACG\n", 2, '--starts must be atg, alternative, any, got "gtg"'],
      [["orfs", "-", "--min-aa", "5", "--strand", "up"], ">x\nACG\n", 2, "--strand must be both, forward, reverse"],
      [["orfs", "-", "--min-aa", "5", "--table", "8"], ">x\nACG\n", 2, "unknown genetic code table 8"],
      [["orfs", "-", "--min-aa", "5"], ">p\nMKVLEQWERTY\n", 1, 'record "p" looks like a protein sequence'],
    ];
    for (const [args, stdin, code, message] of cases) {
      const io = memoryIO(stdin);
      expect(await main(args, io), args.join(" ")).toBe(code);
      expect(io.err()).toContain(message);
      expect(io.err()).toMatch(/^cyanea orfs: [^\n]+\n$/);
    }
  });
});
