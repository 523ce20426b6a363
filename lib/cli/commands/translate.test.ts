import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const data = (p: string) => new URL(`../../../db/seed/data/${p}`, import.meta.url).pathname;

describe("cyanea translate", () => {
  it("translates frame 1 to FASTA by default, keeping the description", async () => {
    const io = memoryIO(">x some gene\nATGAAATAGC\n");
    expect(await main(["translate", "-", "--table", "1"], io)).toBe(0);
    expect(io.out()).toBe(">x some gene\nMK*\n");
  });

  it("prints all six frames with the frame in the header", async () => {
    const io = memoryIO(">x\nATGAAATAGC\n");
    expect(await main(["translate", "-", "--table", "1", "--frame", "all"], io)).toBe(0);
    expect(io.out()).toBe(">x frame=1\nMK*\n>x frame=2\n*NS\n>x frame=3\nEI\n>x frame=-1\nAIS\n>x frame=-2\nLFH\n>x frame=-3\nYF\n");
  });

  it("takes negative frames, CDS mode and --to-stop, and prints JSON", async () => {
    const io = memoryIO(">x\nTTTCTATTTCAC\n");
    expect(await main(["translate", "-", "--table", "11", "--frame", "-1", "--cds", "--to-stop", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ table: 11, translations: [{ file: "<stdin>", recordId: "x", frame: -1, protein: "MK", trailingBases: 0 }] });
    const io2 = memoryIO(">x\nTTTCTATTTCAC\n");
    expect(await main(["translate", "-", "--table=11", "--frame=-1"], io2)).toBe(0);
    expect(io2.out()).toBe(">x\nVK*K\n");
  });

  it("reproduces the NC_005816 proteins (table 11, CDS mode)", async () => {
    const io = memoryIO();
    expect(await main(["translate", data("NC_005816.ffn"), "--table", "11", "--cds", "--to-stop", "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { translations: { protein: string }[] };
    expect(out.translations).toHaveLength(10);
    expect(out.translations[0]!.protein.startsWith("MVTFETVMEIKILHKQGMSSRAIARELGISRNTVKRYLQ")).toBe(true);
  });

  it("exits 2 for usage errors and 1 for bad input, with one-line messages", async () => {
    const cases: [string[], string, number, string][] = [
      [["translate", "-"], ">x\nACG\n", 2, "missing --table"],
      [["translate", "-", "--table", "7"], ">x\nACG\n", 2, "unknown genetic code table 7; valid tables: 1, 2, 3, 4, 5, 6, 9, 10"],
      [["translate", "-", "--table", "1", "--frame", "4"], ">x\nACG\n", 2, '--frame must be 1, 2, 3, -1, -2, -3 or all, got "4"'],
      [["translate", "--table", "1"], "", 2, "missing FILE"],
      [["translate", "-", "--table", "1"], ">prot\nMKVLEQ\n", 1, 'cyanea translate: <stdin>: record "prot" looks like a protein sequence'],
      [["translate", "-", "--table", "1"], ">a\nAC!T\n", 1, "FASTA line 2, column 3"],
    ];
    for (const [args, stdin, code, message] of cases) {
      const io = memoryIO(stdin);
      expect(await main(args, io), args.join(" ")).toBe(code);
      expect(io.err()).toContain(message);
      // One line (the shared missing-FILE message appends the usage line).
      if (message !== "missing FILE") expect(io.err()).toMatch(/^cyanea translate: [^\n]+\n$/);
    }
  });
});
